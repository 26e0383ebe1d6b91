// Records → csv | tsv | json | jsonl text (long, one record a row, or --wide), written as each
// document finishes: no whole-corpus arrays. Numbers are always in plain decimal notation.
import { stringify } from 'csv-stringify/sync';
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
  header(): string;
  batch(records: FigureRecord[]): string;
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
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// TSV has no quoting: a tab or line break inside a cell would split it, so it becomes a space.
const tsvCell = (v: unknown): string => cellOf(v).replace(/[\t\r\n]+/g, ' ');

/** A record (or wide row) as an object with just the chosen keys, in their order. */
function pick(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c] ?? null;
  return out;
}

/** The record as SCHEMA has it (any new optional fields too); `rule`/`explain` only with --explain. */
function publicRecord(r: Record<string, unknown>, explain: boolean): Record<string, unknown> {
  if (explain) return r;
  const { rule: _rule, explain: _explain, ...rest } = r;
  return rest;
}

const BIG = 1e21;
/** JSON.stringify, but numbers at or above 1e21 (which it writes as 1e+21) stay plain decimals. */
function jsonOf(o: unknown): string {
  return JSON.stringify(o, (_k, v) => (typeof v === 'number' && Math.abs(v) >= BIG ? `\u0000${plainNumber(v)}\u0000` : v))
    .replace(/"\\u0000([^"\\]*)\\u0000"/g, '$1');
}

export function createFormatter(opts: RecordWriterOptions): RecordFormatter {
  if (opts.bom && (opts.format === 'json' || opts.format === 'jsonl')) {
    throw new ZhaoshangError('--bom is for csv and tsv output (a byte order mark breaks JSON readers)', 'usage');
  }
  const columns = columnsFor(opts);
  // Default JSON keeps the record as SCHEMA has it (rule/explain only with --explain); --fields picks keys.
  const explain = !!opts.explain;
  const jsonRow = (r: Record<string, unknown>): string =>
    jsonOf(opts.fields || opts.wide ? pick(r, columns) : publicRecord(r, explain));
  let leftOut = 0;
  const rowsOf = (records: FigureRecord[]): Record<string, unknown>[] => {
    if (!opts.wide) return records as unknown as Record<string, unknown>[];
    const w = wideRows(records);
    leftOut += w.leftOut.length;
    return w.rows;
  };
  const bom = opts.bom ? '\uFEFF' : '';
  const base = { leftOut: () => leftOut };
  switch (opts.format) {
    case 'csv':
      return {
        ...base,
        header: () => bom + stringify([columns]),
        batch: (records) => {
          const rows = rowsOf(records);
          return rows.length === 0 ? '' : stringify(rows.map((r) => columns.map((c) => cellOf(r[c]))));
        },
        footer: () => '',
      };
    case 'tsv':
      return {
        ...base,
        header: () => bom + columns.map(tsvCell).join('\t') + '\n',
        batch: (records) => rowsOf(records).map((r) => columns.map((c) => tsvCell(r[c])).join('\t') + '\n').join(''),
        footer: () => '',
      };
    case 'jsonl':
      return {
        ...base,
        header: () => '',
        batch: (records) => rowsOf(records).map((r) => jsonRow(r) + '\n').join(''),
        footer: () => '',
      };
    case 'json': {
      let first = true;
      return {
        ...base,
        header: () => '[',
        batch: (records) =>
          rowsOf(records)
            .map((r) => {
              const s = (first ? '\n' : ',\n') + jsonRow(r);
              first = false;
              return s;
            })
            .join(''),
        footer: () => (first ? ']\n' : '\n]\n'),
      };
    }
  }
}
