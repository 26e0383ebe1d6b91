// The commander program: the only place that exits (through process.exitCode).
// Exit status: 0 ok, 1 some input failed (or check below --min-f1), 2 usage or rules error.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ZhaoshangError } from '../model.js';
import { checkCommand } from './checkCommand.js';
import { extractCommand } from './extractCommand.js';
import { normalizeCommand } from './normalizeCommand.js';
import { reportCommand } from './reportCommand.js';
import { statsCommand } from './statsCommand.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('zhaoshang')
    .description('Turn Chinese investment-attraction (招商引资) news reports into auditable statistics.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ zhaoshang extract fixtures/articles > figures.csv
  $ zhaoshang check fixtures --min-f1 0.9
  $ zhaoshang report fixtures/articles -o report.html
  $ zhaoshang stats fixtures/articles
  $ zhaoshang normalize fixtures/articles/01_count_then_amount.txt

Exit status: 0 ok; 1 some input failed (or a file scored below --min-f1); 2 usage error.`,
    );
  for (const cmd of [extractCommand(), checkCommand(), reportCommand(), statsCommand(), normalizeCommand()]) {
    program.addCommand(cmd.exitOverride());
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`| head`) is not an error: stop quietly with the status so far.
  const onPipeError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(Number(process.exitCode ?? 0));
    throw e;
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);
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
  if ((e as NodeJS.ErrnoException)?.code === 'EPIPE') return Number(process.exitCode ?? 0);
  process.stderr.write(`zhaoshang: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
