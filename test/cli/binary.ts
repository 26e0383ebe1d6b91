// Running the built binary (npx tsc -p . first; `npm test` does). Shared by the CLI tests.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const bin = path.resolve('bin/zhaoshang.js');
export const fixtures = path.resolve('fixtures/articles');

if (!fs.existsSync(path.resolve('dist/src/cli/main.js'))) {
  throw new Error('dist/ is missing: run `npx tsc -p .` before the CLI tests');
}

export function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    input: opts.input, cwd: opts.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
}

export function start(args: string[], cwd?: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
}

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `zhaoshang-${name}-`));
}

/** Resolves with the text once `pattern` has appeared in the stream, rejects after `ms`. */
export function waitFor(stream: NodeJS.ReadableStream, pattern: RegExp, ms = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; saw: ${seen.slice(0, 500)}`)), ms);
    stream.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    });
  });
}

export function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}

/** A small article with figures the number finder always sees (`--all` keeps them even unlabelled). */
export const ARTICLE = '2023-11-08 10:12 来源：洛阳日报\n今年1-10月，涧西区累计签约项目48个，总投资216.5亿元；落地项目35个，总投资152.3亿元。\n';
