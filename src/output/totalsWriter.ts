// stats rows → csv | tsv | json text. Numbers in plain decimal notation.
import { stringify } from 'csv-stringify/sync';
import { ZhaoshangError } from '../model.js';
import type { TotalRow } from './figureTotals.js';
import { plainNumber } from './formatValue.js';

export const TOTAL_COLUMNS = ['region', 'period', 'metric', 'unit', 'total', 'figures', 'docs'] as const;
export const TOTALS_FORMATS = ['csv', 'tsv', 'json'] as const;
export type TotalsFormat = (typeof TOTALS_FORMATS)[number];

const cell = (v: string | number | null): string => (v == null ? '' : typeof v === 'number' ? plainNumber(v) : v);

export function formatTotals(rows: TotalRow[], format: TotalsFormat, bom = false): string {
  if (bom && format === 'json') throw new ZhaoshangError('--bom is for csv and tsv output (a byte order mark breaks JSON readers)', 'usage');
  const lead = bom ? '\uFEFF' : '';
  const table = rows.map((r) => TOTAL_COLUMNS.map((c) => cell(r[c])));
  switch (format) {
    case 'csv':
      return lead + stringify([[...TOTAL_COLUMNS], ...table]);
    case 'tsv':
      return lead + [[...TOTAL_COLUMNS], ...table].map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n').join('');
    case 'json':
      return (rows.length ? '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]' : '[]') + '\n';
  }
}
