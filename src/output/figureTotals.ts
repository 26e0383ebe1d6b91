// Totals of `value` figures per region, period, metric and unit, for `stats` and the report.
// Never adds different units (CNY and USD stay apart), and leaves out 其中 breakdowns ("签约项目42个
// …其中，工业项目18个": the 18 is part of the 42, so adding it would count it twice). Also notes a
// figure (metric, value, unit, period, region) that several articles state: a reprint of one
// report would otherwise double the total.
import type { FigureRecord } from '../model.js';
import { plainNumber } from './formatValue.js';

export interface TotalRow {
  region: string | null;
  period: string | null;
  metric: string;
  unit: string;
  total: number;
  /** Figures added into `total`. */
  figures: number;
  /** Articles they came from. */
  docs: number;
}

export interface RepeatedFigure {
  metric: string;
  value: number;
  unit: string;
  period: string | null;
  region: string | null;
  docs: string[];
}

/**
 * A part of a larger figure: its sentence says 其中 ("of which") before the figure, and the record
 * has a scope (工业, 亿元以上) narrowing it. `docText` (the normalized text) pins the sentence's
 * position; without it the figure's text is looked up in the sentence.
 */
export function isBreakdown(r: FigureRecord, docText?: string | null): boolean {
  if (!r.scope || !r.sentence.includes('其中')) return false;
  let at = -1;
  if (docText) {
    const sentenceStart = docText.lastIndexOf(r.sentence, r.start);
    if (sentenceStart >= 0 && r.start - sentenceStart <= r.sentence.length) at = r.start - sentenceStart;
  }
  if (at < 0) at = r.sentence.lastIndexOf(r.text);
  if (at < 0) return false;
  return r.sentence.slice(0, at).includes('其中');
}

// Sums in integer ten-thousandths, so 0.1 + 0.2 stays 0.3 and money in whole yuan stays exact.
const SCALE = 10_000n;
/** Through the decimal digits, not x * 10000: 3.2万亿 in yuan times 10⁴ is past 2⁵³. */
function toScaled(x: number): bigint {
  const [int, frac = ''] = plainNumber(Math.abs(x)).split('.');
  const scaled = BigInt(int) * SCALE + BigInt((frac + '0000').slice(0, 4));
  return x < 0 ? -scaled : scaled;
}
function fromScaled(x: bigint): number {
  const neg = x < 0n;
  const a = neg ? -x : x;
  const frac = (a % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return Number(`${neg ? '-' : ''}${a / SCALE}${frac ? '.' + frac : ''}`);
}

interface Cell {
  region: string | null;
  period: string | null;
  metric: string;
  unit: string;
  total: bigint;
  figures: number;
  docs: Set<string>;
}

export class FigureTotals {
  private cells = new Map<string, Cell>();
  private seen = new Map<string, RepeatedFigure>();
  /** Breakdown figures left out of the totals. */
  breakdowns = 0;

  /** Adds one document's records; only `value` aspects of named metrics count. */
  add(records: FigureRecord[], docText?: string | null): void {
    for (const r of records) {
      if (r.aspect !== 'value' || r.metric === 'other' || !Number.isFinite(r.value)) continue;
      if (isBreakdown(r, docText)) {
        this.breakdowns++;
        continue;
      }
      const key = JSON.stringify([r.region, r.period, r.metric, r.unit]);
      let cell = this.cells.get(key);
      if (!cell) {
        cell = { region: r.region, period: r.period, metric: r.metric, unit: r.unit, total: 0n, figures: 0, docs: new Set() };
        this.cells.set(key, cell);
      }
      cell.total += toScaled(r.value);
      cell.figures++;
      cell.docs.add(r.doc);
      const figKey = JSON.stringify([r.metric, plainNumber(r.value), r.unit, r.period, r.region]);
      let fig = this.seen.get(figKey);
      if (!fig) this.seen.set(figKey, (fig = { metric: r.metric, value: r.value, unit: r.unit, period: r.period, region: r.region, docs: [] }));
      if (!fig.docs.includes(r.doc)) fig.docs.push(r.doc);
    }
  }

  /** Rows sorted by region, period, metric, unit (nulls last), whatever order documents came in. */
  rows(): TotalRow[] {
    return [...this.cells.values()]
      .map((c) => ({ region: c.region, period: c.period, metric: c.metric, unit: c.unit, total: fromScaled(c.total), figures: c.figures, docs: c.docs.size }))
      .sort((a, b) => cmp(a.region, b.region) || cmp(a.period, b.period) || cmp(a.metric, b.metric) || cmp(a.unit, b.unit));
  }

  /** Figures that more than one article states, docs sorted. */
  repeated(): RepeatedFigure[] {
    return [...this.seen.values()]
      .filter((f) => f.docs.length > 1)
      .map((f) => ({ ...f, docs: [...f.docs].sort(cmp) }))
      .sort((a, b) => cmp(a.region, b.region) || cmp(a.period, b.period) || cmp(a.metric, b.metric) || a.value - b.value || cmp(a.unit, b.unit));
  }
}

function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
