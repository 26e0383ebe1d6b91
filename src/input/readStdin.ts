// `-` as a path: the whole of standard input, as one document named `-`.
import fs from 'node:fs';
import { ZhaoshangError } from '../model.js';

/** One chunk of a file descriptor; 0 at end of input. Waits briefly when a non-blocking fd is empty. */
export function readChunkSync(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      // A non-blocking pipe with nothing yet: sleep 5 ms instead of spinning a core.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw e;
    }
  }
}

export function readStdinBytes(maxBytes = Number.POSITIVE_INFINITY): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    const n = readChunkSync(0, buf);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > maxBytes) throw new ZhaoshangError(`-: more than --max-bytes ${maxBytes} bytes on standard input`, 'input');
  }
  return Buffer.concat(chunks, total);
}
