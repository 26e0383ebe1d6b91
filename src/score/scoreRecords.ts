// SCHEMA's matching rules, the same as ../shared/score.mjs: a record matches a gold figure when
// metric (or one of alt_metrics), aspect and unit agree and value is within 0.05% (money) or
// equal (count, percent); each gold figure matches at most one record, span-agreeing pairs first.
// `zhaoshang check` and the end-to-end tests use this; a test keeps it in step with score.mjs.
import path from 'node:path';

export interface GoldFigure {
  metric: string;
  alt_metrics?: string[];
  aspect: string;
  value: number;
  unit: string;
  approx?: string | null;
  period?: string | null;
  alt_periods?: string[];
  period_text?: string | null;
  region?: string | null;
  scope?: string | null;
  text?: string;
}

export interface GoldFile {
  doc: string;
  published?: string | null;
  region?: string | null;
  figures: GoldFigure[];
}

/** The fields of a record that scoring reads. */
export interface ScoredRecord {
  doc: string;
  metric: string;
  aspect: string;
  value: number;
  unit: string;
  approx?: string | null;
  period?: string | null;
  region?: string | null;
  text?: string;
}

export interface DocScore {
  doc: string;
  gold: number;
  predicted: number;
  matched: number;
  periodOk: number;
  regionOk: number;
  approxOk: number;
  misses: GoldFigure[];
  extras: ScoredRecord[];
  periodErrors: { figure: GoldFigure; got: string | null }[];
  regionErrors: { figure: GoldFigure; got: string | null }[];
}

export interface Totals {
  docs: number;
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
  macro_f1: number;
  period_accuracy: number;
  region_accuracy: number;
  approx_accuracy: number;
}

/** A path's base name without a known article extension; a JSONL id is kept whole. */
export function docKey(doc: string): string {
  return path.basename(String(doc)).replace(/\.(txt|html?|md|json)$/i, '');
}

const isMoney = (u: string): boolean => /^[A-Z]{3}$/.test(u);
const squash = (s: string | null | undefined): string | null => (s == null ? null : String(s).replace(/\s+/g, ''));

export function sameValue(g: GoldFigure, p: ScoredRecord): boolean {
  if (typeof p.value !== 'number' || !Number.isFinite(p.value)) return false;
  if (isMoney(g.unit)) return Math.abs(p.value - g.value) <= Math.abs(g.value) * 0.0005;
  return Math.abs(p.value - g.value) < 1e-6;
}

export function sameFigure(g: GoldFigure, p: ScoredRecord): boolean {
  const metricOk = g.metric === p.metric || (g.alt_metrics ?? []).includes(p.metric);
  return metricOk && g.aspect === p.aspect && g.unit === p.unit && sameValue(g, p);
}

function sameSpan(g: GoldFigure, p: ScoredRecord): boolean {
  const a = squash(g.text);
  const b = squash(p.text);
  return !!a && !!b && (a.includes(b) || b.includes(a));
}

/** Scores one document's records (metric `other` already ignored here) against its gold file. */
export function scoreDocument(gold: GoldFile, records: ScoredRecord[]): DocScore {
  const preds = records.filter((r) => r.metric !== 'other');
  const figures = gold.figures ?? [];
  const used = new Set<number>();
  const pairOf: number[] = figures.map(() => -1);
  for (const spanFirst of [true, false]) {
    figures.forEach((gf, gi) => {
      if (pairOf[gi] >= 0) return;
      const i = preds.findIndex((p, j) => !used.has(j) && sameFigure(gf, p) && (!spanFirst || sameSpan(gf, p)));
      if (i >= 0) {
        used.add(i);
        pairOf[gi] = i;
      }
    });
  }
  const score: DocScore = {
    doc: docKey(gold.doc), gold: figures.length, predicted: preds.length, matched: used.size,
    periodOk: 0, regionOk: 0, approxOk: 0, misses: [], extras: [], periodErrors: [], regionErrors: [],
  };
  figures.forEach((gf, gi) => {
    if (pairOf[gi] < 0) {
      score.misses.push(gf);
      return;
    }
    const p = preds[pairOf[gi]];
    const periods = [gf.period ?? null, ...(gf.alt_periods ?? [])];
    if (periods.includes(p.period ?? null)) score.periodOk++;
    else score.periodErrors.push({ figure: gf, got: p.period ?? null });
    if (squash(gf.region ?? gold.region) === squash(p.region)) score.regionOk++;
    else score.regionErrors.push({ figure: gf, got: p.region ?? null });
    if ((gf.approx ?? null) === (p.approx ?? null)) score.approxOk++;
  });
  score.extras = preds.filter((_, j) => !used.has(j));
  return score;
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const round4 = (x: number): number => +x.toFixed(4);

export function docF1(d: DocScore): number {
  return d.gold + d.predicted === 0 ? 1 : (2 * d.matched) / (d.gold + d.predicted);
}

export function totalsOf(docs: DocScore[]): Totals {
  const sum = (f: (d: DocScore) => number): number => docs.reduce((a, d) => a + f(d), 0);
  const tp = sum((d) => d.matched);
  const gold = sum((d) => d.gold);
  const predicted = sum((d) => d.predicted);
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return {
    docs: docs.length, gold, predicted, tp,
    precision: round4(precision),
    recall: round4(recall),
    f1: round4(ratio(2 * precision * recall, precision + recall)),
    macro_f1: round4(docs.length ? sum(docF1) / docs.length : 0),
    period_accuracy: round4(ratio(sum((d) => d.periodOk), tp)),
    region_accuracy: round4(ratio(sum((d) => d.regionOk), tp)),
    approx_accuracy: round4(ratio(sum((d) => d.approxOk), tp)),
  };
}
