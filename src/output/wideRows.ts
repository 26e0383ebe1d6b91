// `--wide`: one row per document, region, period and scope, a column per metric and aspect, for a
// spreadsheet. The columns are fixed (every metric, SCHEMA order) so rows can be written as each
// document finishes: one document's records are grouped into rows, never the whole corpus.
//
//   signed.investment            the `value` aspect
//   signed.investment.unit       money only: the currency of the value, target and change cells
//   signed.investment.target     …and .completion .growth .change .rate for the other aspects
//
// A cell holds one figure. A second figure for the same cell (two values, or another currency
// for a money metric) opens another row with the same key, so nothing is lost.
import { ASPECTS, METRICS, type Aspect, type FigureRecord } from '../model.js';

export const WIDE_KEYS = ['doc', 'url', 'title', 'published', 'region', 'adcode', 'period', 'scope'] as const;

export type WideRow = Record<string, string | number | null>;

export function isMoneyMetric(metric: string): boolean {
  return metric.endsWith('.investment') || metric.startsWith('funds.') || metric === 'invested.amount';
}

/** Metrics whose cells can hold any unit, so they carry a `.unit` column. */
const carriesUnit = (metric: string): boolean => isMoneyMetric(metric) || metric === 'other';

/** Aspects whose cell is in the metric's own unit (the others are percent). */
const OWN_UNIT_ASPECTS: readonly Aspect[] = ['value', 'target', 'change'];

export function wideColumnOf(metric: string, aspect: Aspect): string {
  return aspect === 'value' ? metric : `${metric}.${aspect}`;
}

/** All columns, keys first; `other` only when asked (--all). */
export function wideColumns(includeOther = false): string[] {
  const cols: string[] = [...WIDE_KEYS];
  for (const metric of METRICS) {
    if (metric === 'other' && !includeOther) continue;
    cols.push(metric);
    if (carriesUnit(metric)) cols.push(`${metric}.unit`);
    for (const aspect of ASPECTS) if (aspect !== 'value') cols.push(`${metric}.${aspect}`);
  }
  return cols;
}

/** The unit a cell of this metric and aspect must have, or null when it is named in `.unit`. */
function fixedUnitOf(metric: string, aspect: Aspect): string | null {
  if (!OWN_UNIT_ASPECTS.includes(aspect)) return 'percent';
  if (carriesUnit(metric)) return null;
  return 'count';
}

export interface WideResult {
  rows: WideRow[];
  /** Records that fit no cell (a count metric given in money, a growth not in percent): use long output for them. */
  leftOut: FigureRecord[];
}

/** One document's records → its wide rows, in order of each key's first figure. */
export function wideRows(records: FigureRecord[]): WideResult {
  const groups = new Map<string, WideRow[]>();
  const leftOut: FigureRecord[] = [];
  for (const r of records) {
    const fixed = fixedUnitOf(r.metric, r.aspect);
    if (fixed !== null && r.unit !== fixed) {
      leftOut.push(r);
      continue;
    }
    const key = JSON.stringify([r.doc, r.region, r.period, r.scope]);
    let rows = groups.get(key);
    if (!rows) groups.set(key, (rows = []));
    const col = wideColumnOf(r.metric, r.aspect);
    const unitCol = fixed === null ? `${r.metric}.unit` : null;
    let row = rows.find((w) => w[col] == null && (unitCol === null || w[unitCol] == null || w[unitCol] === r.unit));
    if (!row) {
      row = {
        doc: r.doc, url: r.url, title: r.title, published: r.published,
        region: r.region, adcode: r.adcode, period: r.period, scope: r.scope,
      };
      rows.push(row);
    }
    row[col] = r.value;
    if (unitCol) row[unitCol] = r.unit;
    if (row.adcode == null && r.adcode != null) row.adcode = r.adcode;
  }
  return { rows: [...groups.values()].flat(), leftOut };
}
