// The commander program: the only place that exits.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ZhaoshangError } from '../model.js';
import { extractCommand } from './extractCommand.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('zhaoshang')
    .description('Turn Chinese investment-attraction (招商引资) news reports into auditable statistics.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const cmd of [extractCommand()]) program.addCommand(cmd.exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`| head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.exitCode = exitCodeOf(e);
  }
}

function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) {
    // help and version exit 0; everything else commander reports is a usage error
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof ZhaoshangError) {
    process.stderr.write(`zhaoshang: ${e.message}\n`);
    return e.exitCode;
  }
  process.stderr.write(`zhaoshang: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
