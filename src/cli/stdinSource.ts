// `-` read asynchronously. input/ reads files with synchronous calls, which is right for files,
// but a synchronous read of a pipe that stays open blocks the event loop: Ctrl-C could then never
// run the handler that removes a half-written `-o` file. So standard input (whole, or as JSON
// lines) is read here from the process.stdin stream; each line is parsed by input/'s own
// documentOfLine, so the JSONL contract lives in one place.
import { documentFromBytes } from '../input/readDocument.js';
import { documentOfLine } from '../input/readJsonl.js';
import type { InputFailure } from '../input/collectPaths.js';
import { ZhaoshangError, type SourceDocument } from '../model.js';

/** The whole of standard input as one document named `-`. */
export async function stdinDocument(maxBytes: number): Promise<SourceDocument> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) throw new ZhaoshangError(`-: more than --max-bytes ${maxBytes} bytes on standard input`, 'input');
  }
  return documentFromBytes('-', Buffer.concat(chunks, total));
}

/** Documents and failures of JSON lines on standard input, each yielded as soon as its line ends. */
export async function* stdinJsonl(maxBytes: number): AsyncGenerator<SourceDocument | InputFailure> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): SourceDocument | InputFailure | null => {
    number++;
    const where = `-:${number}`;
    const line = Buffer.concat(parts, size);
    const long = tooLong;
    parts = [];
    size = 0;
    tooLong = false;
    if (long) return { doc: where, reason: `line longer than --max-bytes ${maxBytes}` };
    return documentOfLine(line, where, number === 1);
  };
  const append = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      append(chunk.subarray(from, nl));
      const item = finish();
      if (item) yield item;
      from = nl + 1;
    }
    if (from < chunk.length) append(chunk.subarray(from));
  }
  if (size > 0 || tooLong) {
    const item = finish();
    if (item) yield item;
  }
}
