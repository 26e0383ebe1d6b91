// Records → csv | json | jsonl text, written as each document finishes (no whole-corpus arrays).
import { stringify } from 'csv-stringify/sync';
import { RECORD_FIELDS, type FigureRecord } from '../model.js';
import { plainNumber } from './formatValue.js';

export const OUTPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RecordWriterOptions {
  format: OutputFormat;
  /** Add the `rule` column (CSV) / keep `rule` and `explain` (JSON). */
  explain?: boolean;
}

/** Turns batches of records into chunks of text; the caller owns the stream. */
export interface RecordFormatter {
  header(): string;
  batch(records: FigureRecord[]): string;
  footer(): string;
}

export function csvColumns(explain = false): string[] {
  return explain ? [...RECORD_FIELDS, 'rule'] : [...RECORD_FIELDS];
}

function cellOf(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function publicRecord(r: FigureRecord, explain: boolean): Partial<FigureRecord> {
  if (explain) return r;
  const { rule: _rule, explain: _explain, ...rest } = r;
  return rest;
}

export function createFormatter(opts: RecordWriterOptions): RecordFormatter {
  const explain = !!opts.explain;
  switch (opts.format) {
    case 'csv': {
      const columns = csvColumns(explain);
      return {
        header: () => stringify([columns]),
        batch: (records) =>
          records.length === 0
            ? ''
            : stringify(records.map((r) => columns.map((c) => cellOf((r as unknown as Record<string, unknown>)[c])))),
        footer: () => '',
      };
    }
    case 'jsonl':
      return {
        header: () => '',
        batch: (records) => records.map((r) => JSON.stringify(publicRecord(r, explain)) + '\n').join(''),
        footer: () => '',
      };
    case 'json': {
      let first = true;
      return {
        header: () => '[',
        batch: (records) =>
          records
            .map((r) => {
              const s = (first ? '\n' : ',\n') + JSON.stringify(publicRecord(r, explain));
              first = false;
              return s;
            })
            .join(''),
        footer: () => (first ? ']\n' : '\n]\n'),
      };
    }
  }
}
