// "A figure is listed once": precision-aware value agreement, headline restatements, same-sentence pairs.
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../src/model.js';
import { dedupeRecords, sameAmount, stepOf, type Candidate } from '../../src/assemble/dedupeRecords.js';

const record = (over: Partial<FigureRecord>): FigureRecord => ({
  doc: 'd', url: null, title: null, published: null, region: 'A区', adcode: null, period: '2023', period_text: null,
  metric: 'signed.investment', aspect: 'value', value: 0, value_high: null, unit: 'CNY', approx: null, scope: null,
  text: '', sentence: '', start: 0, end: 0, ...over,
});
const cand = (text: string, value: number, start: number, over: Partial<Candidate> & Partial<FigureRecord> = {}): Candidate => ({
  record: record({ text, value, start, ...over }),
  step: stepOf(text, value),
  headline: over.headline ?? false,
  sentenceStart: over.sentenceStart ?? start,
});

describe('stepOf', () => {
  const cases: [string, number, number][] = [
    ['383.6亿元', 38360000000, 10000000],
    ['383亿元', 38300000000, 100000000],
    ['2912万美元', 29120000, 10000],
    ['92.02%', 92.02, 0.01],
    ['29个', 29, 1],
  ];
  it.each(cases)('%s → %d', (text, value, step) => {
    expect(stepOf(text, value)).toBeCloseTo(step, 6);
  });
});

describe('sameAmount', () => {
  const cases: [string, number, string, number, boolean][] = [
    ['383.6亿元', 38360000000, '383亿元', 38300000000, true],
    ['383.6亿元', 38360000000, '384亿元', 38400000000, true],
    ['383.6亿元', 38360000000, '382亿元', 38200000000, false],
    ['290亿元', 29000000000, '290亿元', 29000000000, true],
    ['12个', 12, '13个', 13, false],
  ];
  it.each(cases)('%s vs %s → %s', (a, av, b, bv, expected) => {
    expect(sameAmount(cand(a, av, 0), cand(b, bv, 10))).toBe(expected);
  });
});

describe('dedupeRecords', () => {
  it('keeps the more precise of two statements in different sentences', () => {
    const out = dedupeRecords([cand('383亿元', 38300000000, 0), cand('383.6亿元', 38360000000, 50)]);
    expect(out.map((r) => r.text)).toEqual(['383.6亿元']);
  });

  it('keeps the first when equally precise', () => {
    const out = dedupeRecords([cand('45亿元', 4500000000, 0), cand('45亿元', 4500000000, 50)]);
    expect(out.map((r) => r.start)).toEqual([0]);
  });

  it('keeps different metrics, periods and regions apart', () => {
    const out = dedupeRecords([
      cand('4个', 4, 0, { metric: 'signed.projects', unit: 'count' }),
      cand('4个', 4, 20, { metric: 'landed.projects', unit: 'count' }),
      cand('4个', 4, 40, { metric: 'signed.projects', unit: 'count', period: '2022' }),
      cand('4个', 4, 60, { metric: 'signed.projects', unit: 'count', region: 'B区' }),
    ]);
    expect(out).toHaveLength(4);
  });

  it('keeps two equal statements of one sentence', () => {
    const out = dedupeRecords([
      cand('3次', 3, 10, { metric: 'activity.events', unit: 'count', sentenceStart: 0 }),
      cand('3次', 3, 30, { metric: 'activity.events', unit: 'count', sentenceStart: 0 }),
    ]);
    expect(out).toHaveLength(2);
  });

  it('drops a headline restating a body figure even with other period or place words', () => {
    const out = dedupeRecords([
      cand('290亿元', 29000000000, 0, { headline: true, period: '2023-01/2023-03', region: 'A市' }),
      cand('290亿元', 29000000000, 80, { period: '2023-03-01' }),
    ]);
    expect(out.map((r) => r.start)).toEqual([80]);
  });

  it('keeps a headline figure the body does not state', () => {
    const out = dedupeRecords([cand('50亿元', 5000000000, 0, { headline: true }), cand('290亿元', 29000000000, 80)]);
    expect(out).toHaveLength(2);
  });
});
