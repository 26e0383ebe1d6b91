// Where output text goes: stdout, or a file written to a temporary name and renamed at the end,
// so a reader never sees a half-written file (and Ctrl-C leaves none behind).
import fs from 'node:fs';
import path from 'node:path';

export interface OutputSink {
  write(chunk: string): void;
  /** Flushes and, for a file, renames the temporary into place. */
  close(): Promise<void>;
  /** Drops a partial file; safe to call more than once. */
  abort(): void;
}

export function stdoutSink(): OutputSink {
  return {
    write(chunk) {
      if (chunk) process.stdout.write(chunk);
    },
    close: () => new Promise((resolve) => {
      if (process.stdout.writableLength === 0) resolve();
      else process.stdout.once('drain', () => resolve());
    }),
    abort() {},
  };
}

export function fileSink(target: string): OutputSink {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  let open = true;
  const cleanup = (): void => {
    if (!open) return;
    open = false;
    try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
  };
  const onSignal = (sig: NodeJS.Signals): void => {
    cleanup();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', cleanup);
  return {
    write(chunk) {
      if (chunk) fs.writeSync(fd, chunk);
    },
    async close() {
      if (!open) return;
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      open = false;
      fs.renameSync(tmp, target);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('exit', cleanup);
    },
    abort: cleanup,
  };
}
