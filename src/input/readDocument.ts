// One path → SourceDocument, or a ZhaoshangError('input') with a one-line reason naming the input.
import fs from 'node:fs';
import path from 'node:path';
import { ZhaoshangError, type DocumentKind, type SourceDocument } from '../model.js';
import { decodeBytes } from './decodeBytes.js';
import { describeFsError, specialFileKindOf } from './collectPaths.js';

export interface ReadOptions {
  /** Files larger than this are refused (default 50 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function readDocument(file: string, opts: ReadOptions = {}): SourceDocument {
  return documentFromBytes(file, readFileBytes(file, opts.maxBytes ?? DEFAULT_MAX_BYTES));
}

/**
 * The bytes of a regular file of at most `maxBytes`. The file is opened non-blocking and checked
 * with fstat on the open descriptor, so a FIFO is refused instead of hanging, and a file swapped
 * between a check and the read cannot slip through.
 */
export function readFileBytes(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new ZhaoshangError(`${file}: ${describeFsError(e)}`, 'input');
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new ZhaoshangError(`${file}: is a folder`, 'input');
    if (!st.isFile()) throw new ZhaoshangError(`${file}: not a regular file (${specialFileKindOf(st)})`, 'input');
    if (st.size > maxBytes) throw new ZhaoshangError(`${file}: ${st.size} bytes is over --max-bytes ${maxBytes}`, 'input');
    return readUpTo(fd, file, maxBytes, st.size);
  } catch (e) {
    if (e instanceof ZhaoshangError) throw e;
    throw new ZhaoshangError(`${file}: ${describeFsError(e)}`, 'input');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads to the end, refusing a file that grows past `maxBytes` while being read. The buffer starts
 * one byte over the size fstat gave (so the read that finds the end needs no new buffer) and
 * doubles, up to maxBytes + 1, when a growing file fills it.
 */
export function readUpTo(fd: number, file: string, maxBytes: number, sizeHint = 0): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 1024), maxBytes + 1));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
      buf.copy(bigger, 0, 0, total);
      buf = bigger;
    }
    const n = fs.readSync(fd, buf, total, buf.length - total, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new ZhaoshangError(`${file}: more than --max-bytes ${maxBytes} bytes`, 'input');
  }
  return buf.subarray(0, total);
}

export function documentFromBytes(doc: string, bytes: Buffer): SourceDocument {
  if (bytes.length === 0) throw new ZhaoshangError(`${doc}: empty file`, 'input');
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    if (e instanceof ZhaoshangError) throw new ZhaoshangError(`${doc}: ${e.message}`, e.code);
    throw e;
  }
  const { text, encoding } = decoded;
  if (!text.trim()) throw new ZhaoshangError(`${doc}: no text (only white space)`, 'input');
  return { doc, kind: kindOf(doc, text), raw: text, encoding, url: null, published: null, title: null };
}

/** By extension first; a .txt that is really a saved page is treated as HTML. */
export function kindOf(file: string, text: string): DocumentKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  const head = text.slice(0, 2000).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^---\r?\n/.test(head)) return 'markdown';
  return 'text';
}
