// "A figure is listed once": precision-aware value agreement, headline restatements, same-sentence pairs.
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../src/model.js';
import fc from 'fast-check';
import { dedupeIndexed, dedupeRecords, roundsTo, sameAmount, stepOf, type Candidate } from '../../src/assemble/dedupeRecords.js';

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

/** The walk dedupeRecords replaced with indexes (kept here as the definition to compare with). */
function walked(candidates: Candidate[]): FigureRecord[] {
  const looseKey = (r: FigureRecord): string => [r.metric, r.aspect, r.unit].join('\t');
  const strictKey = (r: FigureRecord): string => [r.metric, r.aspect, r.unit, r.period, r.region].join('\t');
  const bodies = new Map<string, Candidate[]>();
  for (const c of candidates.filter((x) => !x.headline)) bodies.set(looseKey(c.record), [...(bodies.get(looseKey(c.record)) ?? []), c]);
  const kept = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.headline && (bodies.get(looseKey(c.record)) ?? []).some((b) => sameAmount(b, c) || roundsTo(c.record, b.record))) continue;
    const k = strictKey(c.record);
    if (!kept.has(k)) kept.set(k, []);
    const group = kept.get(k)!;
    const twin = group.findIndex((g) => g.sentenceStart !== c.sentenceStart && sameAmount(g, c));
    if (twin < 0) group.push(c);
    else if (c.step < group[twin].step || (group[twin].headline && !c.headline && c.step === group[twin].step)) group[twin] = c;
  }
  return [...kept.values()].flat().sort((a, b) => a.record.start - b.record.start).map((c) => c.record);
}

describe('dedupeRecords indexes', () => {
  // few values, steps and sentences, so that twins, replacements and roundings are common
  const candidate = fc.record({
    value: fc.oneof(fc.constantFrom(0, -0, 3, 4, 5, 30, 35, 500, 502.7, -3, -12.5, 1e8, 1.5e8), fc.integer({ min: -50, max: 600 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
    step: fc.constantFrom(0.01, 0.1, 1, 10, 100, 1e7, 1e8, 3.5),
    sentence: fc.integer({ min: 0, max: 6 }),
    headline: fc.boolean(),
    approx: fc.constantFrom(null, 'over', 'under', 'about', 'at_least', 'at_most'),
    metric: fc.constantFrom('signed.projects', 'landed.projects'),
    period: fc.constantFrom('2023', '2022'),
  });
  it('keeps what the walk over every kept figure keeps', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 100 }), (rows) => {
        const sorted = [...rows].sort((a, b) => a.sentence - b.sentence);
        const make = (list: typeof rows): Candidate[] => list.map((r, i) => ({
          record: record({ value: r.value, start: i, approx: r.approx as FigureRecord['approx'], metric: r.metric as FigureRecord['metric'], period: r.period }),
          step: r.step,
          headline: r.headline,
          sentenceStart: r.sentence * 100,
        }));
        // in text order (as assembleRecords hands them on) and in any order
        for (const list of [sorted, rows]) {
          expect(dedupeRecords(make(list))).toEqual(walked(make(list)));
          // the indexes on their own too: dedupeRecords walks a list this short
          expect(dedupeIndexed(make(list))).toEqual(walked(make(list)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps all of 40,000 distinct figures, one per sentence, with headlines (no clock: a quadratic walk trips the test timeout)', () => {
    const many: Candidate[] = [];
    for (let i = 0; i < 40_000; i++) many.push(cand(`${i}个`, i, i * 10, { unit: 'count', metric: 'signed.projects', sentenceStart: i * 10, headline: i % 2 === 0 }));
    expect(dedupeRecords(many).length).toBe(40_000);
  });
});
