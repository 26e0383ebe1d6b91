// Mentions → records: metric, aspect, period, region, scope; linking and dedupe.
// STUB (foundation): replaced by the assemble implementation.
import type { CleanDocument, FigureRecord, NumberMention, PeriodMention, RegionMention } from '../model.js';

export interface Mentions {
  numbers: NumberMention[];
  periods: PeriodMention[];
  regions: RegionMention[];
}

export interface AssembleOptions {
  all: boolean;
  explain: boolean;
}

export function assembleRecords(doc: CleanDocument, m: Mentions, opts: AssembleOptions): FigureRecord[] {
  if (!opts.all) return [];
  return m.numbers.map((n) => ({
    doc: doc.doc, url: doc.url, title: doc.title, published: doc.published,
    region: null, adcode: null, period: null, period_text: null,
    metric: 'other', aspect: 'value', value: n.value, value_high: n.valueHigh, unit: n.unit,
    approx: n.approx, scope: null, text: n.text, sentence: '', start: n.start, end: n.end,
  }));
}
