// Where output text goes: stdout, or a file written to a temporary name and renamed at the end,
// so a reader never sees a half-written file, and Ctrl-C (or a failure) leaves none behind.
import fs from 'node:fs';
import path from 'node:path';

export interface OutputSink {
  /** Text, or bytes already encoded as UTF-8 (what a worker sends). */
  write(chunk: string | Uint8Array): void;
  /** Resolves when the consumer has taken what was written (stdout back-pressure). */
  drained(): Promise<void>;
  /** Flushes and, for a file, renames the temporary into place. */
  close(): Promise<void>;
  /** Drops a partial file; safe to call more than once. */
  abort(): void;
}

export function stdoutSink(): OutputSink {
  const drained = (): Promise<void> =>
    new Promise((resolve) => {
      if (!process.stdout.writableNeedDrain) resolve();
      else process.stdout.once('drain', () => resolve());
    });
  return {
    write(chunk) {
      if (chunk.length > 0) process.stdout.write(chunk);
    },
    drained,
    close: () =>
      new Promise((resolve) => {
        if (process.stdout.writableLength === 0) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    abort() {},
  };
}

// Temporary files still open. One signal handler for all of them: it removes them, then lets the
// signal do what it would have done (end the process with that signal's status).
const pending = new Set<() => void>();

function onSignal(sig: NodeJS.Signals): void {
  for (const cleanup of [...pending]) cleanup();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.removeListener('SIGHUP', onSignal);
  process.kill(process.pid, sig);
}

function onExit(): void {
  for (const cleanup of [...pending]) cleanup();
}

function track(cleanup: () => void): void {
  if (pending.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    process.on('exit', onExit);
  }
  pending.add(cleanup);
}

function untrack(cleanup: () => void): void {
  pending.delete(cleanup);
  if (pending.size === 0) {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGHUP', onSignal);
    process.removeListener('exit', onExit);
  }
}

/** The temporary name used for `target` while it is being written (a dot file beside it). */
export function temporaryNameOf(target: string): string {
  return path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
}

export function fileSink(target: string): OutputSink {
  const tmp = temporaryNameOf(target);
  const fd = fs.openSync(tmp, 'w');
  let open = true;
  const cleanup = (): void => {
    if (!open) return;
    open = false;
    untrack(cleanup);
    try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
  };
  track(cleanup);
  return {
    write(chunk) {
      if (chunk.length === 0) return;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    },
    drained: async () => {},
    async close() {
      if (!open) return;
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      open = false;
      untrack(cleanup);
      fs.renameSync(tmp, target);
    },
    abort: cleanup,
  };
}

/** `-o FILE` when given, else stdout; a file that cannot be created is the user's to fix. */
export function openSink(output: string | undefined): OutputSink {
  return output && output !== '-' ? fileSink(output) : stdoutSink();
}
