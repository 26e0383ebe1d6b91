import { describe, expect, it } from 'vitest';
import { docKey, scoreDocument, totalsOf, type GoldFile } from '../../src/score/scoreRecords.js';

const gold: GoldFile = {
  doc: '000_x.txt', region: '新华区',
  figures: [
    { metric: 'signed.projects', alt_metrics: ['landed.projects'], aspect: 'value', value: 29, unit: 'count', period: '2021-01/2021-10', text: '29个' },
    { metric: 'signed.investment', aspect: 'value', value: 14720000000, unit: 'CNY', period: '2021-01/2021-10', alt_periods: ['2021-10'], text: '147.2亿元' },
    { metric: 'funds.foreign', aspect: 'completion', value: 95.5, unit: 'percent', period: null, text: '95.5%' },
  ],
};
const p = (o: Record<string, unknown>) => ({ doc: 'x/000_x.html', region: '新华区', period: '2021-01/2021-10', ...o }) as never;

describe("SCHEMA's scoring rules", () => {
  it('matches alt_metrics, money within 0.05%, alt_periods; a repeat is a false positive', () => {
    const s = scoreDocument(gold, [
      p({ metric: 'landed.projects', aspect: 'value', value: 29, unit: 'count', text: '29个' }),
      p({ metric: 'signed.investment', aspect: 'value', value: 14725000000, unit: 'CNY', period: '2021', text: '147.25亿元' }),
      // paired first, its span agreeing with the gold span; its period is one of alt_periods
      p({ metric: 'signed.investment', aspect: 'value', value: 14720000000, unit: 'CNY', period: '2021-10', text: '147.2亿元' }),
      p({ metric: 'funds.foreign', aspect: 'completion', value: 95.5, unit: 'percent', period: null, region: '别处' }),
      p({ metric: 'other', aspect: 'value', value: 1, unit: 'count' }),
    ]);
    expect(s.matched).toBe(3);
    expect(s.predicted).toBe(4); // `other` is not scored
    expect(s.extras).toHaveLength(1);
    expect(s.regionOk).toBe(2);
    expect(s.periodOk).toBe(3);
    // percent must be equal, not near: 95.6 would not match
    expect(scoreDocument(gold, [p({ metric: 'funds.foreign', aspect: 'completion', value: 95.6, unit: 'percent' })]).matched).toBe(0);
    // money outside 0.05%
    expect(scoreDocument(gold, [p({ metric: 'signed.investment', aspect: 'value', value: 14730000000, unit: 'CNY' })]).matched).toBe(0);
  });

  it('totals: micro precision/recall/F1 and macro F1 as score.mjs rounds them', () => {
    const a = scoreDocument(gold, [p({ metric: 'signed.projects', aspect: 'value', value: 29, unit: 'count', text: '29个' })]);
    const empty = scoreDocument({ doc: 'e.txt', figures: [] }, []);
    const t = totalsOf([a, empty]);
    expect(t).toMatchObject({ docs: 2, gold: 3, predicted: 1, tp: 1, precision: 1, recall: 0.3333, f1: 0.5, macro_f1: 0.75, period_accuracy: 1 });
    expect(docKey('dir/000_x.html')).toBe('000_x');
  });
});
