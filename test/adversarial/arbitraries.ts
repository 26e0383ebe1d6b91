// Generators and invariant checks shared by the adversarial (property-based) tests of issue 5:
// random and hostile strings for every extractor, and the checks every output must pass.
import fc from 'fast-check';
import { expect } from 'vitest';
import { APPROXES, ASPECTS, METRICS, type FigureRecord, type NumberMention, type PeriodMention, type RegionMention, type SourceDocument } from '../../src/model.js';

// ---- generators ---------------------------------------------------------------------------------

/** Single characters of the issue's Chinese-number-heavy alphabet, plus a few whole words. */
export const NUMBER_CHARS: readonly string[] = [
  ...'0123456789',
  ...'〇一二三四五六七八九十百千万亿两零',
  ...'元美港欧',
  ...'个次家场',
  '%', '.', '．', '％',
  ...'年月日',
  ...'以上余多超逾近约',
  ...'，。；：、（）()-—～至到',
  ' ', '\n',
];
const NUMBER_WORDS: readonly string[] = [
  '签约', '项目', '投资', '亿元', '万元', '万美元', '港元', '全市', '我区', '该区', '今年', '去年', '上半年', '一季度',
  '1-10月', '同比增长', '个百分点', '倍', '河南省', '平顶山市', '新华区', '截至', '以来', '全年目标', '其中', '总投资',
  '落地', '开工', '在谈', '引进', '到位资金', '省外', '外资', '招商', '活动', '场次', '【', '】', '“', '”', '\t', '\r\n',
];

/** Any UTF-16 code unit, lone surrogates included: what a bad decoder can hand on. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const anyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
  );

export const numberHeavyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NUMBER_CHARS) }, { weight: 1, arbitrary: fc.constantFrom(...NUMBER_WORDS) }), maxLength });

/** Text of either kind: most runs use the number-heavy alphabet, where the extractors have work to do. */
export const someText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof({ weight: 1, arbitrary: anyText(maxLength) }, { weight: 3, arbitrary: numberHeavyText(maxLength) });

/** Hostile shapes built from random pieces, small enough for many runs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('', '亿元', '个', '%', '.5', '万')).map(([n, u]) => `签约项目${'8'.repeat(n)}${u}`),
  fc.integer({ min: 1, max: 800 }).map((n) => `投资5${'亿亿亿万万'.repeat(n)}元`),
  fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom('()', '（）', '【】', '[]', '“”')).map(([n, p]) => `${p[0].repeat(n)}签约项目3个，总投资5亿元${p[1].repeat(n)}`),
  fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom('(', '（', '【', ')', '）', '】')).map(([n, p]) => `总投资${p.repeat(n)}5亿元`),
  fc.integer({ min: 1, max: 1000 }).map((n) => '签约项目'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '今年1-10月全市签约项目56个总投资383.6亿元同比增长12.5%'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '1.2-3～4至5%'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '一二三四五六七八九十百千万亿两'.repeat(n)),
  fc.array(fc.constantFrom(...NUMBER_CHARS.filter((c) => !/[，。；：、（）()\s]/.test(c)), ...NUMBER_WORDS.slice(0, 30)), { minLength: 1000, maxLength: 5000 }).map((a) => a.join('')),
);

/** A source document of any kind around some text; HTML wraps it in markup. */
export function sourceOf(raw: string, kind: SourceDocument['kind'] = 'text', published: string | null = '2021-11-18'): SourceDocument {
  return { doc: 'adversarial', kind, raw, encoding: 'utf-8', url: null, published, title: null };
}

export const htmlText: fc.Arbitrary<string> = fc.oneof(
  someText(300).map((t) => `<html><head><title>${t.slice(0, 20)}</title></head><body><div class="content"><p>${t}</p></div></body></html>`),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('div', 'p', 'span', 'font', 'table', 'li', 'b'), someText(60)).map(
    ([n, tag, t]) => `<html><body>${`<${tag}>`.repeat(n)}${t}${`</${tag}>`.repeat(n)}</body></html>`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), someText(60)).map(([n, t]) => `<body>${'<div><p><span>'.repeat(n)}${t}`),
  fc.tuple(fc.integer({ min: 1, max: 20000 }), fc.constantFrom('class', 'id', 'content', 'title', 'href'), someText(60)).map(
    ([n, attr, t]) => `<html><head><meta name="pubdate" ${attr}="${'x'.repeat(n)}"></head><body><div ${attr}="${'nav '.repeat(n >> 2)}"><p>${t}</p></div></body></html>`,
  ),
  fc.array(fc.constantFrom('<', '>', '</', '<p>', '<div', '"', "'", '=', '<!--', '-->', '<script>', '</script>', '&amp;', '&#x4e07;', '&', ...NUMBER_WORDS), { maxLength: 200 }).map((a) => a.join('')),
  anyText(300),
);

// ---- invariants -----------------------------------------------------------------------------------

const DAY = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
/** SCHEMA period formats: YYYY, YYYY-MM, YYYY-MM-DD, A/B, ../YYYY-MM-DD. */
export const PERIOD_FORMAT = new RegExp(String.raw`^(?:${DAY}|${DAY}/${DAY}|\.\./\d{4}-\d{2}-\d{2})$`);
export const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

const METRIC_SET = new Set<string>(METRICS);
const ASPECT_SET = new Set<string>(ASPECTS);
const APPROX_SET = new Set<string | null>([...APPROXES, null]);
const RECORD_UNIT = /^(?:count|percent|[A-Z]{3})$/;
const MENTION_UNIT = /^(?:count|percent|times|none|[A-Z]{3})$/;

/** Months 01–12 and days 01–31 in every date part of a period, and A ≤ B in a range. */
export function expectPeriod(period: string | null, where: string): void {
  if (period === null) return;
  expect(period, where).toMatch(PERIOD_FORMAT);
  const parts = period.replace(/^\.\.\//, '').split('/');
  for (const p of parts) {
    const [, m, d] = p.split('-').map(Number);
    if (m !== undefined) expect(m >= 1 && m <= 12, `${where}: month of ${period}`).toBe(true);
    if (d !== undefined) expect(d >= 1 && d <= 31, `${where}: day of ${period}`).toBe(true);
  }
  if (parts.length === 2) expect(parts[0] <= parts[1], `${where}: range ${period} runs backwards`).toBe(true);
}

export function expectSpan(text: string, s: { start: number; end: number; text: string }, where: string): void {
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`).toBe(true);
  expect(s.start >= 0 && s.start < s.end && s.end <= text.length, `${where}: 0 ≤ ${s.start} < ${s.end} ≤ ${text.length}`).toBe(true);
  expect(s.text, `${where}: text is the slice`).toBe(text.slice(s.start, s.end));
}

export function expectNumbers(text: string, numbers: NumberMention[]): void {
  let lastEnd = 0;
  for (const m of numbers) {
    const where = `number ${JSON.stringify(m.text)} at ${m.start}`;
    expectSpan(text, m, where);
    expect(m.start >= lastEnd, `${where}: sorted and non-overlapping`).toBe(true);
    lastEnd = m.end;
    expect(Number.isFinite(m.value), `${where}: finite value ${m.value}`).toBe(true);
    if (m.valueHigh !== null) expect(Number.isFinite(m.valueHigh), `${where}: finite valueHigh ${m.valueHigh}`).toBe(true);
    expect(m.unit, where).toMatch(MENTION_UNIT);
    expect(APPROX_SET.has(m.approx), `${where}: approx ${m.approx}`).toBe(true);
  }
}

export function expectPeriods(text: string, periods: PeriodMention[]): void {
  for (const p of periods) {
    const where = `period ${JSON.stringify(p.text)} at ${p.start}`;
    expectSpan(text, p, where);
    expectPeriod(p.period, where);
    expect(typeof p.annual, where).toBe('boolean');
  }
}

const LEVELS = new Set(['province', 'city', 'county', 'zone', 'anaphor']);

export function expectRegions(text: string, regions: RegionMention[]): void {
  for (const r of regions) {
    const where = `region ${JSON.stringify(r.text)} at ${r.start}`;
    expectSpan(text, r, where);
    expect(LEVELS.has(r.level), `${where}: level ${r.level}`).toBe(true);
    if (r.adcode !== null) expect(r.adcode, where).toMatch(/^\d{6}$/);
    expect(r.name.length > 0, `${where}: name`).toBe(true);
  }
}

export function expectRecords(text: string, records: FigureRecord[]): void {
  for (const r of records) {
    const where = `record ${JSON.stringify(r.text)} at ${r.start} (${r.metric})`;
    expectSpan(text, r, where);
    expect(Number.isFinite(r.value), `${where}: finite value ${r.value}`).toBe(true);
    if (r.value_high !== null) expect(Number.isFinite(r.value_high), `${where}: finite value_high ${r.value_high}`).toBe(true);
    expect(METRIC_SET.has(r.metric), `${where}: metric ${r.metric}`).toBe(true);
    expect(ASPECT_SET.has(r.aspect), `${where}: aspect ${r.aspect}`).toBe(true);
    expect(APPROX_SET.has(r.approx), `${where}: approx ${r.approx}`).toBe(true);
    // SCHEMA's unit column: ISO code, count or percent; its metric table gives `other` "any" unit, so a
    // bare number kept by --all may say `none`.
    expect(r.unit, where).toMatch(r.metric === 'other' ? MENTION_UNIT : RECORD_UNIT);
    expectPeriod(r.period, where);
    if (r.period_text !== null) expect(text.includes(r.period_text), `${where}: period_text ${r.period_text} is in the text`).toBe(true);
    if (r.adcode !== null) expect(r.adcode, where).toMatch(/^\d{6}$/);
    expect(r.sentence.includes(r.text), `${where}: its sentence holds it`).toBe(true);
  }
}

/** Property options: modest runs, reproducible seeds come from fast-check's failure report. */
export const RUNS = (numRuns: number): fc.Parameters<unknown> => ({ numRuns });
