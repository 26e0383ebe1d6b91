// One path → SourceDocument, or a ZhaoshangError('input') saying why it can't be read.
import fs from 'node:fs';
import path from 'node:path';
import { ZhaoshangError, type DocumentKind, type SourceDocument } from '../model.js';
import { decodeBytes } from './decodeBytes.js';
import { describeFsError } from './collectPaths.js';

export interface ReadOptions {
  /** Files larger than this are refused (default 50 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function readDocument(file: string, opts: ReadOptions = {}): SourceDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new ZhaoshangError(`${file}: not a regular file`, 'input');
    if (st.size > maxBytes) throw new ZhaoshangError(`${file}: ${st.size} bytes is over --max-bytes ${maxBytes}`, 'input');
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ZhaoshangError) throw e;
    throw new ZhaoshangError(`${file}: ${describeFsError(e)}`, 'input');
  }
  return documentFromBytes(file, bytes);
}

export function documentFromBytes(doc: string, bytes: Buffer): SourceDocument {
  if (bytes.length === 0) throw new ZhaoshangError(`${doc}: empty file`, 'input');
  const { text, encoding } = decodeBytes(bytes);
  if (!text.trim()) throw new ZhaoshangError(`${doc}: no text (only white space)`, 'input');
  return { doc, kind: kindOf(doc, text), raw: text, encoding, url: null, published: null, title: null };
}

/** By extension first; a .txt that is really a saved page is treated as HTML. */
export function kindOf(file: string, text: string): DocumentKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  const head = text.slice(0, 2000).trimStart();
  if (/^<!doctype html|^<html[\s>]/i.test(head)) return 'html';
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown';
  return 'text';
}
