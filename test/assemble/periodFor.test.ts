import { describe, expect, it } from 'vitest';
import { periodFor } from '../../src/assemble/periodFor.js';
import { findPeriods } from '../../src/extract/findPeriods.js';
import { layoutOf } from '../../src/extract/textLayout.js';
import { SKIP_NOTE, offsetOf, seedCases } from '../input/sharedDir.js';

const REF = '2021-11-18';

/**
 * [article (paragraphs joined by \n), the figure's text (its last occurrence, or `text@n` for the
 * n-th), target?, expected period words or null]
 */
const CASES: [string, string, boolean, string | null][] = [
  // Own clause, nearest preceding.
  ['今年以来签约项目8个；1-10月，落地项目5个。', '5个', false, '1-10月'],
  // Own clause, following when none precedes.
  ['全区签约项目8个（1-10月）。', '8个', false, '1-10月'],
  // Sentence, preceding preferred over following.
  ['1-10月，全区签约项目8个，总投资3亿元，较上半年更多。', '3亿元', false, '1-10月'],
  // Sentence, following when nothing precedes.
  ['全区签约项目8个，均为今年以来新签。', '8个', false, '今年以来'],
  // Paragraph: nearest preceding sentence's words.
  ['今年以来成效明显。全区签约项目8个。', '8个', false, '今年以来'],
  // Not across paragraphs when no structure ties them.
  ['今年以来成效明显。\n有思路就有出路，全区举办招商活动10场。', '10场', false, null],
  // A comparison base is never the figure's own period.
  ['全区签约项目8个，比去年同期增加3个。', '3个', false, null],
  // Annual words belong to goals: a value passes over them, a target takes them.
  ['1-10月，完成投资7亿元，占全年计划的90%。', '90%', false, '1-10月'],
  ['今年以来，计划年度投资8亿元。', '8亿元', true, '年度'],
  // A target in a year-to-date context covers the year.
  ['今年以来，外出招商15次，完成目标任务10次的150%。', '10次', true, '今年以来'],
  // Labelled items continue the lead that announces them.
  ['驻外招商、以商招商……今年以来，我县多措并举。\n驻外招商。设立招商点5个，签约项目9个。\n以商招商。引进项目3个。', '3个', false, '今年以来'],
  // A labelled paragraph whose lead does not announce it: no period.
  ['今年以来，我县多措并举。\n以商招商。引进项目3个。', '3个', false, null],
  // Bullets under a heading take the heading.
  ['2022年\n●签约项目27个\n●开工项目22个', '22个', false, '2022年'],
  ['今年目标\n●签约总额不低于400亿元', '400亿元', true, '今年'],
  // A leading 截至/目前 carries to later clauses and sentences of its paragraph, past a restating 今年.
  ['截至10月底，我县今年累计签约项目40个，总投资90亿元；落地项目30个。开工项目22个。', '22个', false, '截至10月底'],
  ['截至10月底，我县今年累计签约项目40个，总投资90亿元；落地项目30个。', '90亿元', false, '截至10月底'],
  ['据统计，目前全县储备项目60个，总投资300亿元；跟踪在谈项目18个。', '18个', false, '目前'],
  // A target beside 截至… takes the year it is in.
  ['截至10月底，全县签约项目40个，目标签约60个。', '60个', true, '截至10月底'],
  // The title line leads the article: figures with no nearer words take its period.
  ['上半年东湖区招商引资稳中有进\n东湖区聚焦主导产业。\n二、外出招商\n区领导带队外出招商12次；\n举办推介会4场。', '4场', false, '上半年'],
  ['前三季度我市各县区招商成效明显\n前三季度，全市签约项目90个。\n各县区你追我赶。\n甲县签约项目12个。\n乙县到位资金8亿元。', '8亿元', false, '前三季度'],
  // …but a first line that is a sentence is no title, and a title without period words gives none.
  ['东湖区上半年招商引资稳中有进。\n东湖区举办推介会4场。', '4场', false, null],
  ['东湖区招商引资稳中有进\n东湖区举办推介会4场。', '4场', false, null],
  // A work report's year names the report, not its figures.
  ['2021年东湖区政府工作报告\n东湖区聚焦主导产业。\n东湖区举办推介会4场。', '4场', false, null],
  // The title's date of a one-day event is not the article's period.
  ['11月8日东湖区集中签约仪式举行 签约项目8个总投资30亿元\n东湖区聚焦主导产业。\n东湖区举办推介会4场。', '4场', false, null],
  // "此次" points back at the event of the paragraph before.
  ['5月6日，全县举行集中签约，共签约项目20个。\n此次签约项目中，工业项目9个。', '9个', false, '5月6日'],
];


describe('periodFor', () => {
  it.each(CASES)('%s → figure %s (target %s)', (text, figure, target, expected) => {
    const offset = offsetOf(text, figure);
    expect(offset).toBeGreaterThanOrEqual(0);
    const p = periodFor(layoutOf(text), findPeriods(text, REF), { offset, target });
    expect(p?.text ?? null).toBe(expected);
  });

  it('turns year-to-date into the year only for targets', () => {
    const text = '今年以来，外出招商15次，完成目标任务10次的150%。';
    const ps = findPeriods(text, REF);
    const layout = layoutOf(text);
    expect(periodFor(layout, ps, { offset: text.indexOf('10次'), target: true })?.period).toBe('2021');
    expect(periodFor(layout, ps, { offset: text.indexOf('15次') })?.period).toBe('2021-01-01/2021-11-18');
  });

  it('gives a target beside 截至 the year it is in', () => {
    const text = '截至10月底，全县签约项目40个，目标签约60个。';
    const ps = findPeriods(text, REF);
    const layout = layoutOf(text);
    expect(periodFor(layout, ps, { offset: text.indexOf('60个'), target: true })?.period).toBe('2021');
    expect(periodFor(layout, ps, { offset: text.indexOf('40个') })?.period).toBe('../2021-10-31');
  });

  it('does not hang: 40,000 bullet lines under one heading, and labelled items under one lead', () => {
    // Each figure looks its section up by bisection and walks no run of bullets or items again.
    const bullets = `2022年\n${'●签约项目3个，比去年同期增加1个\n'.repeat(40_000)}`;
    const items = `驻外招商、以商招商……今年以来，我县多措并举。\n${'以商招商。引进项目3个，比去年同期增加1个。\n'.repeat(20_000)}`;
    for (const text of [bullets, items]) {
      const layout = layoutOf(text);
      const ps = findPeriods(text, REF);
      const got = new Set<string | null>();
      for (let at = text.indexOf('3个'); at >= 0; at = text.indexOf('3个', at + 1)) got.add(periodFor(layout, ps, { offset: at })?.text ?? null);
      expect([...got]).toEqual([text === bullets ? '2022年' : '今年以来']);
    }
  });

  it('returns null with no period words at all', () => {
    const text = '全区签约项目8个。';
    expect(periodFor(layoutOf(text), findPeriods(text, REF), { offset: 6 })).toBeNull();
  });
});

// Seed articles: every gold figure's period (or an alt_period) at some occurrence of its text.
const seeds = seedCases();
if (seeds.length === 0) console.warn(`periodFor on the seed articles ${SKIP_NOTE}`);

describe.skipIf(seeds.length === 0)('periodFor on the seed articles', () => {
  it.each(seeds.map((c) => [c.file, c] as const))('%s', (_file, { gold, doc }) => {
    const layout = layoutOf(doc.text);
    const periods = findPeriods(doc.text, doc.published);
    const misses: string[] = [];
    for (const f of gold.figures) {
      const wanted = [f.period, ...(f.alt_periods ?? [])];
      const got: (string | null)[] = [];
      for (let at = doc.text.indexOf(f.text); at >= 0; at = doc.text.indexOf(f.text, at + 1)) {
        got.push(periodFor(layout, periods, { offset: at, target: f.aspect === 'target' })?.period ?? null);
      }
      if (!got.some((g) => wanted.includes(g))) misses.push(`${f.metric} ${f.text}: want ${f.period}, got ${got.join(',')}`);
    }
    expect(misses).toEqual([]);
  });
});
