// JSONL input: one article a line, `{"id", "url"?, "published"?, "title"?, "html"?, "text"?}`
// (SCHEMA.md). Read with chunked synchronous reads of the file descriptor, so a huge file is never
// held whole, and each document is yielded as soon as its line is complete: `zhaoshang extract
// --input-format jsonl -` works as a streaming filter. A bad line becomes an InputFailure named
// `file:line`; the other lines go on.
import fs from 'node:fs';
import type { SourceDocument } from '../model.js';
import { describeFsError, specialFileKindOf, type InputFailure } from './collectPaths.js';
import { DEFAULT_MAX_BYTES } from './readDocument.js';
import { readChunkSync } from './readStdin.js';

export interface JsonlOptions {
  /** A line longer than this is refused (default 50 MB, like --max-bytes for files). */
  maxBytes?: number;
  /** Bytes per read; small values are for tests. */
  chunkBytes?: number;
}

const NEWLINE = 0x0a;

/** Documents and failures of a JSONL file (or `-` for standard input), in line order. */
export function* readJsonl(file: string, opts: JsonlOptions = {}): Generator<SourceDocument | InputFailure> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  if (file === '-') {
    fd = 0;
  } else {
    try {
      fd = fs.openSync(file, 'r');
      const st = fs.fstatSync(fd);
      // A FIFO is a stream like stdin and is fine here; folders and devices are not.
      if (!st.isFile() && !st.isFIFO()) {
        fs.closeSync(fd);
        yield { doc: file, reason: `not a regular file (${specialFileKindOf(st)})` };
        return;
      }
    } catch (e) {
      yield { doc: file, reason: describeFsError(e) };
      return;
    }
  }
  const seen = new Set<string>();
  try {
    for (const line of linesOf(fd, maxBytes, opts.chunkBytes ?? 1 << 16)) {
      const where = `${file}:${line.number}`;
      if (line.tooLong) {
        yield { doc: where, reason: `line longer than --max-bytes ${maxBytes}` };
        continue;
      }
      const item = documentOfLine(line.bytes, where, line.number === 1);
      if (item === null) continue;
      if ('reason' in item) {
        yield item;
        continue;
      }
      if (seen.has(item.doc)) {
        yield { doc: where, reason: `duplicate id "${item.doc}" (first seen earlier in ${file})` };
        continue;
      }
      seen.add(item.doc);
      yield item;
    }
  } catch (e) {
    yield { doc: file, reason: describeFsError(e) };
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
}

interface RawLine {
  number: number;
  bytes: Buffer;
  tooLong: boolean;
}

/** Lines as byte buffers (split before decoding, so a chunk boundary never cuts a character). */
function* linesOf(fd: number, maxBytes: number, chunkBytes: number): Generator<RawLine> {
  const buf = Buffer.alloc(chunkBytes);
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): RawLine => {
    number++;
    const line = { number, bytes: tooLong ? Buffer.alloc(0) : Buffer.concat(parts, partBytes), tooLong };
    parts = [];
    partBytes = 0;
    tooLong = false;
    return line;
  };
  for (;;) {
    const n = readChunkSync(fd, buf);
    if (n === 0) break;
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl !== -1 && nl < n; nl = buf.indexOf(NEWLINE, from)) {
      append(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < n) append(buf.subarray(from, n));
  }
  if (partBytes > 0 || tooLong) yield finish();

  // Past the limit the rest of the line is skipped, not kept: memory stays bounded.
  function append(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (partBytes + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(Buffer.from(piece));
    partBytes += piece.length;
  }
}

/** One line → a document, a failure, or null for a blank line. */
export function documentOfLine(bytes: Buffer, where: string, first = false): SourceDocument | InputFailure | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: !first }).decode(bytes);
  } catch {
    return { doc: where, reason: 'not UTF-8 text' };
  }
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { doc: where, reason: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { doc: where, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.trim()) return { doc: where, reason: 'no "id" (a non-empty string is required)' };
  for (const key of ['url', 'published', 'title', 'html', 'text']) {
    if (o[key] != null && typeof o[key] !== 'string') return { doc: where, reason: `"${key}" must be a string` };
  }
  const html = nonBlank(o.html);
  const body = html ?? nonBlank(o.text);
  if (body === null) return { doc: where, reason: 'neither "html" nor "text" holds any text' };
  const published = nonBlank(o.published);
  if (published !== null && !isCalendarDate(published)) return { doc: where, reason: `"published" must be a date YYYY-MM-DD, got "${published}"` };
  return {
    doc: o.id,
    kind: html !== null ? 'html' : 'text',
    raw: body,
    encoding: 'utf-8',
    url: nonBlank(o.url),
    published,
    title: nonBlank(o.title),
  };
}

function nonBlank(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
