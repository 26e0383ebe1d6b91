// Records → csv | tsv | json | jsonl text (long, one record a row, or --wide), written as each
// document finishes: no whole-corpus arrays. Numbers are always in plain decimal notation.
import { ZhaoshangError, RECORD_FIELDS, type FigureRecord } from '../model.js';
import { plainNumber } from './formatValue.js';
import { wideColumns, wideRows, WIDE_KEYS } from './wideRows.js';

export const OUTPUT_FORMATS = ['csv', 'tsv', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RecordWriterOptions {
  format: OutputFormat;
  /** Add the `rule` and `explain` columns (CSV/TSV) / keep `rule` and `explain` (JSON). */
  explain?: boolean;
  /** One row per document, region, period and scope (see wideRows.ts). */
  wide?: boolean;
  /** Include the `other` metric's columns in wide output (--all). */
  all?: boolean;
  /** Only these columns, in this order. */
  fields?: string[];
  /** A UTF-8 byte order mark first (csv/tsv only), for Excel. */
  bom?: boolean;
}

/** Turns batches of records (one document's each) into chunks of text; the caller owns the stream. */
export interface RecordFormatter {
  /** What it was made with: a worker thread makes the same chunks with createChunkFormatter(options). */
  readonly options: RecordWriterOptions;
  header(): string;
  batch(records: FigureRecord[]): string;
  /** A chunk made by createChunkFormatter(options) (in a worker) as batch() would have written it. */
  place(chunk: FormattedChunk): string;
  /** The same for a chunk a worker encoded (encodeChunk): UTF-8 bytes, as they are to be written. */
  placeBytes(chunk: EncodedChunk): Uint8Array;
  footer(): string;
  /** Records that --wide could not place, so the command can say so. */
  leftOut(): number;
}

/** Every column name a long row can have. */
export const LONG_FIELDS: readonly string[] = [...RECORD_FIELDS, 'rule', 'explain'];

export function csvColumns(explain = false): string[] {
  return explain ? [...RECORD_FIELDS, 'rule', 'explain'] : [...RECORD_FIELDS];
}

/** The columns to write; a name that is not a column is a usage error naming the valid ones. */
export function columnsFor(opts: RecordWriterOptions): string[] {
  const all = opts.wide ? wideColumns(true) : LONG_FIELDS;
  const defaults = opts.wide ? wideColumns(!!opts.all) : csvColumns(!!opts.explain);
  if (!opts.fields) return defaults;
  const unknown = opts.fields.filter((f) => !all.includes(f));
  if (unknown.length) {
    const valid = opts.wide ? `${WIDE_KEYS.join(',')} and metric columns such as signed.investment, signed.investment.unit, funds.foreign.completion` : LONG_FIELDS.join(',');
    throw new ZhaoshangError(`--fields: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid: ${valid}`, 'usage');
  }
  const seen = new Set<string>();
  const dupes = opts.fields.filter((f) => (seen.has(f) ? true : (seen.add(f), false)));
  if (dupes.length) throw new ZhaoshangError(`--fields: ${dupes.join(', ')} given twice`, 'usage');
  return opts.fields;
}

function cellOf(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * One CSV field as csv-stringify (default options) writes it: quoted when it holds a comma, a
 * quote or a line break, quotes doubled. Most cells hold none of them: four indexOf, no regex.
 */
function csvField(s: string): string {
  if (s.indexOf('"') >= 0) return `"${s.replaceAll('"', '""')}"`;
  if (s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return `"${s}"`;
  return s;
}

/** One CSV row of cells (csv-stringify's default: `,` between fields, `\n` after the row). */
function csvRow(cells: string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i]);
  return line + '\n';
}

const TSV_BREAKS = /[\t\r\n]+/g;
// TSV has no quoting: a tab or line break inside a cell would split it, so it becomes a space.
function tsvCell(v: unknown): string {
  const s = cellOf(v);
  return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? s.replace(TSV_BREAKS, ' ') : s;
}

/** A record (or wide row) as an object with just the chosen keys, in their order. */
function pick(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c] ?? null;
  return out;
}

/** The record as SCHEMA has it (any new optional fields too); `rule`/`explain` only with --explain. */
function publicRecord(r: Record<string, unknown>, explain: boolean): Record<string, unknown> {
  // Records carry rule/explain only when extracted with --explain: most need no copy.
  if (explain || (!('rule' in r) && !('explain' in r))) return r;
  const { rule: _rule, explain: _explain, ...rest } = r;
  return rest;
}

const BIG = 1e21;
/** JSON.stringify, but numbers at or above 1e21 (which it writes as 1e+21) stay plain decimals. */
function jsonOf(o: unknown): string {
  const s = JSON.stringify(o);
  // Without `e+` anywhere no number was written in exponent form: the common case, one pass.
  if (s.indexOf('e+') < 0) return s;
  return JSON.stringify(o, (_k, v) => (typeof v === 'number' && Math.abs(v) >= BIG ? `\u0000${plainNumber(v)}\u0000` : v))
    .replace(/"\\u0000([^"\\]*)\\u0000"/g, '$1');
}

/**
 * One document's records as output text, with no state of the run in it, so a worker thread can
 * make it: the records' rows (JSON: each row after `,\n`), and how many --wide left out.
 */
export interface FormattedChunk {
  text: string;
  figures: number;
  leftOut: number;
}

/**
 * A FormattedChunk as UTF-8 bytes in an ArrayBuffer of its own. A worker sends this, transferring
 * the buffer: a string would be copied twice (serialised, then rebuilt in the main thread) and then
 * encoded for writing there, in the one thread that every document passes through.
 */
export interface EncodedChunk {
  bytes: Uint8Array;
  figures: number;
  leftOut: number;
}

const utf8 = new TextEncoder();

/** TextEncoder, not Buffer.from: a small Buffer is a slice of a shared pool, which must not be transferred. */
export function encodeChunk(chunk: FormattedChunk): EncodedChunk {
  return { bytes: utf8.encode(chunk.text), figures: chunk.figures, leftOut: chunk.leftOut };
}

/** Turns one document's records into a FormattedChunk (stateless; the same for every document). */
export type ChunkFormatter = (records: FigureRecord[]) => FormattedChunk;

/** The stateless half of a formatter: what a worker thread runs for each document. */
export function createChunkFormatter(opts: RecordWriterOptions): ChunkFormatter {
  const columns = columnsFor(opts);
  // Default JSON keeps the record as SCHEMA has it (rule/explain only with --explain); --fields picks keys.
  const explain = !!opts.explain;
  const jsonRow = opts.fields || opts.wide
    ? (r: Record<string, unknown>): string => jsonOf(pick(r, columns))
    : (r: Record<string, unknown>): string => jsonOf(publicRecord(r, explain));
  let row: (r: Record<string, unknown>) => string;
  switch (opts.format) {
    case 'csv': {
      const cells: string[] = new Array<string>(columns.length);
      row = (r) => {
        for (let i = 0; i < columns.length; i++) cells[i] = cellOf(r[columns[i]]);
        return csvRow(cells);
      };
      break;
    }
    case 'tsv':
      row = (r) => {
        let line = '';
        for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : '\t') + tsvCell(r[columns[i]]);
        return line + '\n';
      };
      break;
    case 'jsonl':
      row = (r) => jsonRow(r) + '\n';
      break;
    case 'json':
      row = (r) => ',\n' + jsonRow(r);
      break;
  }
  return (records) => {
    let rows = records as unknown as Record<string, unknown>[];
    let leftOut = 0;
    if (opts.wide) {
      const w = wideRows(records);
      rows = w.rows;
      leftOut = w.leftOut.length;
    }
    let text = '';
    for (const r of rows) text += row(r);
    return { text, figures: records.length, leftOut };
  };
}

export function createFormatter(opts: RecordWriterOptions): RecordFormatter {
  if (opts.bom && (opts.format === 'json' || opts.format === 'jsonl')) {
    throw new ZhaoshangError('--bom is for csv and tsv output (a byte order mark breaks JSON readers)', 'usage');
  }
  const columns = columnsFor(opts);
  const chunkOf = createChunkFormatter(opts);
  const bom = opts.bom ? '\uFEFF' : '';
  let leftOut = 0;
  let first = true;
  /**
   * The run's state applied to a chunk of `size` code units or bytes: counts --wide's left-out
   * records, and says whether to drop the chunk's first character, JSON's `,` before the first row
   * (one byte in UTF-8 too).
   */
  const dropsComma = (size: number, chunkLeftOut: number): boolean => {
    leftOut += chunkLeftOut;
    if (opts.format !== 'json' || size === 0 || !first) return false;
    first = false;
    return true;
  };
  const place = (chunk: FormattedChunk): string => (dropsComma(chunk.text.length, chunk.leftOut) ? chunk.text.slice(1) : chunk.text);
  const placeBytes = (chunk: EncodedChunk): Uint8Array =>
    dropsComma(chunk.bytes.length, chunk.leftOut) ? chunk.bytes.subarray(1) : chunk.bytes;
  const header = (): string => {
    switch (opts.format) {
      case 'csv': return bom + csvRow(columns);
      case 'tsv': return bom + columns.map(tsvCell).join('\t') + '\n';
      case 'jsonl': return '';
      case 'json': return '[';
    }
  };
  return {
    options: opts,
    header,
    batch: (records) => place(chunkOf(records)),
    place,
    placeBytes,
    footer: () => (opts.format === 'json' ? (first ? ']\n' : '\n]\n') : ''),
    leftOut: () => leftOut,
  };
}

