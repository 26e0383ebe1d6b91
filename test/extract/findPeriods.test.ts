import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodParsers } from '../../src/extract/periods/periodParsers.js';
import { loadPeriodWords } from '../../src/extract/periods/periodWords.js';
import { findPeriods, leadingYearMonth, withoutOverlaps } from '../../src/extract/findPeriods.js';
import { loadTable } from '../../src/rules/ruleTables.js';
import { periodFor } from '../../src/assemble/periodFor.js';
import { layoutOf } from '../../src/extract/textLayout.js';

const REF = '2021-11-18';

/** [text, published, expected "words=period" list (flags: A annual, B base)] */
const MATCHES: [string, string | null, string[]][] = [
  ['前三个月里，今年1-10月全区签约项目12个', REF, ['前三个月=2021-01/2021-03', '今年1-10月=2021-01/2021-10']],
  ['2020年全区举办招商会5场', REF, ['2020年=2020']],
  ['2020年春节期间签约项目3个', REF, ['2020年=2020']],
  ['1—10月份引进项目5个', REF, ['1—10月份=2021-01/2021-10']],
  ['1月至9月落地项目3个', REF, ['1月至9月=2021-01/2021-09']],
  ['一至九月签约项目3个', REF, ['一至九月=2021-01/2021-09']],
  ['1~3月和4至6月', REF, ['1~3月=2021-01/2021-03', '4至6月=2021-04/2021-06']],
  ['1-12月签约项目30个', REF, ['1-12月=2020-01/2020-12']],
  ['2019年1-6月签约项目30个', REF, ['2019年1-6月=2019-01/2019-06']],
  ['今年一季度与第二季度', REF, ['今年一季度=2021-01/2021-03', '第二季度=2021-04/2021-06']],
  ['2023年四季度开工项目7个', REF, ['2023年四季度=2023-10/2023-12']],
  ['前三季度到位资金8亿元', REF, ['前三季度=2021-01/2021-09']],
  ['上半年签约项目9个，下半年开工', REF, ['上半年=2021-01/2021-06', '下半年=2021-07/2021-12']],
  ['去年上半年签约项目9个', REF, ['去年上半年=2020-01/2020-06']],
  ['11月中旬，我县赴外地招商', REF, ['11月中旬=2021-11']],
  ['10月份到位资金3亿元', REF, ['10月份=2021-10']],
  ['12月底前完成', REF, ['12月底=2020-12']],
  ['2023年3月签约', REF, ['2023年3月=2023-03']],
  ['去年签约项目20个，前年15个', REF, ['去年=2020', '前年=2019']],
  ['上一年落地项目', REF, ['上一年=2020']],
  ['今年前11个月外出招商50次', REF, ['今年前11个月=2021-01/2021-11']],
  ['前十一个月外出招商50次', REF, ['前十一个月=2021-01/2021-11']],
  ['截至2022年12月20日，签约项目8个', REF, ['截至2022年12月20日=../2022-12-20']],
  ['截至目前，在谈项目9个', REF, ['截至目前=../2021-11-18']],
  ['截止到9月底，落地项目5个', REF, ['截止到9月底=../2021-09-30']],
  ['截至2020年底，落地项目5个', REF, ['截至2020年底=../2020-12-31']],
  ['到目前为止，签约项目5个', REF, ['到目前为止=../2021-11-18']],
  ['今年以来签约项目8个', REF, ['今年以来=2021-01-01/2021-11-18']],
  ['年初至今签约项目8个', REF, ['年初至今=2021-01-01/2021-11-18']],
  ['今年初以来签约项目8个', REF, ['今年初以来=2021-01-01/2021-11-18']],
  ['9月以来签约项目8个', REF, ['9月以来=2021-09-01/2021-11-18']],
  ['今年签约项目8个', REF, ['今年=2021']],
  ['近年来引进项目300个，近几年更多', REF, ['近年来=null', '近几年=null']],
  ['2022年，二〇二〇年', REF, ['2022年=2022', '二〇二〇年=2020']],
  ['104年度投资金额、九十六年度', REF, ['104年度=2015', '九十六年度=2007']],
  ['民国105年投资金额', REF, ['民国105年=2016']],
  ['12月18日签约', REF, ['12月18日=2020-12-18']],
  ['11月18日签约', REF, ['11月18日=2021-11-18']],
  ['3月1日签约', '2023-04-25', ['3月1日=2023-03-01']],
  ['11月3日至6日举办博览会', REF, ['11月3日至6日=2021-11']],
  ['10月30日至11月2日举办博览会', REF, ['10月30日至11月2日=2021-10/2021-11']],
  ['11月16日签约。17日上午考察', REF, ['11月16日=2021-11-16', '17日=2021-11-17']],
  ['截至17日，外出4次', REF, ['截至17日=../2021-11-17']],
  ['计划年度投资30亿元，完成全年目标的80%', REF, ['年度=2021 A', '全年目标=2021 A']],
  ['2013年工作扎实，全年新签约项目9个', '2014-04-25', ['2013年=2013', '全年=2013']],
  ['全年新签约项目9个', '2014-04-25', ['全年=2014']],
  ['比去年同期增长12%', REF, ['去年同期=2020 B']],
  ['签约额较103年度成长21.4%', REF, ['103年度=2014 B']],
  ['比上年增加3个', REF, ['上年=2020 B']],
  // 全年/当年 take the latest year named before, across paragraphs; bare months do not.
  ['2022年，签约项目118个。\n全年外出招商47次。\n1-2月签约', '2023-03-10', ['2022年=2022', '全年=2022', '1-2月=2023-01/2023-02']],
  ['2023-04-25 来源：本网', null, ['2023-04-25=2023-04-25']],
  // A bare year after narrower words of that year in the same clause run only restates it.
  ['截至10月底，全县今年累计落地项目30个', REF, ['截至10月底=../2021-10-31']],
  ['1-9月，我区2021年共引进项目15个，开工项目9个', REF, ['1-9月=2021-01/2021-09']],
  ['上半年全市本年度签约项目40个', REF, ['上半年=2021-01/2021-06']],
  // …but not a different year, not across ；, and not 全年 ("the whole year").
  ['1-10月签约项目20个，2020年同期为12个', REF, ['1-10月=2021-01/2021-10', '2020年同期=2020 B']],
  ['截至9月底签约8个；今年新开工5个', REF, ['截至9月底=../2021-09-30', '今年=2021']],
  ['1-10月签约项目20个，力争全年签约30个', REF, ['1-10月=2021-01/2021-10', '全年=2021']],
  ['前三季度签约20个，去年签约18个', REF, ['前三季度=2021-01/2021-09', '去年=2020']],
  // A bare 目前 is "as of now"; after 今年以来 in the same sentence it restates it.
  ['目前，全区储备项目56个', REF, ['目前=../2021-11-18']],
  ['今年以来，我县赴外地招商；目前跟踪对接企业12家', REF, ['今年以来=2021-01-01/2021-11-18']],
  ['今年以来签约8个。目前在谈5个', REF, ['今年以来=2021-01-01/2021-11-18', '目前=../2021-11-18']],
  // Quarter ends, short quarter forms, the first quarter by name.
  ['截至三季度末，在谈项目21个', REF, ['截至三季度末=../2021-09-30']],
  ['截至2020年第四季度末，落地项目9个', REF, ['截至2020年第四季度末=../2020-12-31']],
  ['首三季，全区签约项目9个；前两季引进5个', REF, ['首三季=2021-01/2021-09', '前两季=2021-01/2021-06']],
  ['今年首季度签约项目6个，首季开工3个', REF, ['今年首季度=2021-01/2021-03', '首季=2021-01/2021-03']],
  ['一至三季度签约项目9个，2020年1-3季度签约6个', REF, ['一至三季度=2021-01/2021-09', '2020年1-3季度=2020-01/2020-09']],
  ['开年以来签约项目4个，截至记者发稿时在谈3个', REF, ['开年以来=2021-01-01/2021-11-18', '截至记者发稿时=../2021-11-18']],
  ['前两个月签约项目4个', REF, ['前两个月=2021-01/2021-02']],
  ['1至11月份签约项目4个', REF, ['1至11月份=2021-01/2021-11']],
  // Months and quarters counted from the reference date; 当月 is the month in context.
  ['本月签约项目3个，上个月签约5个，上月落地2个', REF, ['本月=2021-11', '上个月=2021-10', '上月=2021-10']],
  ['本月签约项目3个', '2022-01-10', ['本月=2022-01']],
  ['上月签约项目3个', '2022-01-10', ['上月=2021-12']],
  ['本季度签约项目3个，上一季度签约5个', REF, ['本季度=2021-10/2021-12', '上一季度=2021-07/2021-09']],
  ['上季度签约项目3个', '2022-02-10', ['上季度=2021-10/2021-12']],
  ['8月举办推介会，当月签约项目4个', REF, ['8月=2021-08', '当月=2021-08']],
  // 年内: this year, but not a count of years.
  ['力争年内签约项目30个', REF, ['年内=2021']],
  // One-day events and batch events: their name's period words are dropped.
  ['6月9日，全县2021年第一批重点项目集中签约仪式举行，签约项目8个', REF, ['6月9日=2021-06-09']],
  ['10月，全区举行第四季度重点项目集中开工活动，开工项目12个', REF, ['10月=2021-10']],
  // No publication date: relative words resolve against the latest full date in the body.
  ['截至2023年12月20日签约8个。今年以来外出19次', null, ['截至2023年12月20日=../2023-12-20', '今年以来=2023-01-01/2023-12-20']],
  ['2023年6月17日召开大会。截至目前签约8个', null, ['2023年6月17日=2023-06-17', '截至目前=../2023-06-17']],
];

/** Text that must yield no period words at all. */
const MISSES: string[] = [
  '深入贯彻党的十九届六中全会精神',
  '中广电5G双碳智慧岛',
  '构建1+6+N招商体系',
  '第十三届中国国际投资贸易洽谈会',
  '实施三年行动计划',
  '每个县都明确2-3个主导产业',
  '3号楼和5号线',
  '每季度召开一次会议',
  '工期13月、2.5月不成立',
  '投资折合30日元',
  '项目建设周期3个月',
  '2019年中国国际服务贸易交易会上签约',
  '在第一季度重点项目集中签约大会上签约',
  '3年内投资10亿元，5年内建成',
  '比拼四季、争先进位',
];

function show(text: string, published: string | null): string[] {
  return findPeriods(text, published).map((m) => `${m.text}=${m.period}${m.annual ? ' A' : ''}${m.base ? ' B' : ''}`);
}

describe('findPeriods', () => {
  it.each(MATCHES)('%s (published %s)', (text, published, expected) => {
    expect(show(text, published)).toEqual(expected);
  });

  it.each(MISSES)('finds no period words in %s', (text) => {
    expect(show(text, REF)).toEqual([]);
  });

  it('resolves relative words to null with no reference date anywhere', () => {
    expect(show('今年以来签约8个，截至目前在谈5个，去年落地3个，12月18日签约', null)).toEqual([
      '今年以来=null', '截至目前=null', '去年=null', '12月18日=null',
    ]);
  });

  it('keeps explicit years when there is no reference date', () => {
    expect(show('2022年签约项目8个，2023年3月开工', null)).toEqual(['2022年=2022', '2023年3月=2023-03']);
  });

  it('returns mentions sorted by start with exact offsets', () => {
    const text = '据悉，今年1-10月签约12个；11月签约3个。';
    const ms = findPeriods(text, REF);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(ms.map((m) => m.text));
    expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('finds every period of a text repeated 2,000 times (no clock: a hang trips the test timeout)', () => {
    const text = '今年1-10月，全区签约项目29个，总投资147.2亿元；截至目前在谈项目52个。\n'.repeat(2000);
    const ms = findPeriods(text, REF);
    expect(ms.length).toBe(4000);
  });
});

// Every row of src/rules/periods.tsv: its example must show the row's word at work.
describe('periods.tsv examples', () => {
  const rows = loadTable('periods');
  const NEGATIVE = new Set(['not_after_day']);
  const NAME_ENDS = new Set(['event_suffix']);
  it.each(rows.map((r) => [r.kind, r.word, r.example] as const))('%s %s: %s', (kind, word, example) => {
    const text = example.replace(/\|/g, '\n');
    const ms = findPeriods(text, REF);
    if (NEGATIVE.has(kind)) {
      // 30日元: no day is read out of it.
      expect(ms).toEqual([]);
    } else if (NAME_ENDS.has(kind)) {
      // The period words opening the event's name are dropped.
      expect(ms.filter((m) => m.end <= text.indexOf(word))).toEqual([]);
    } else if (kind === 'name_breaker') {
      // 2020年全区举办招商会: the year stays a period.
      expect(ms.map((m) => m.text)).toContain('2020年');
    } else if (kind === 'base_before') {
      // 比2020年增长: the year is the comparison base.
      expect(ms.find((m) => m.start === text.indexOf(word) + word.length)?.base).toBe(true);
    } else if (kind === 'event_anaphor') {
      const layout = layoutOf(text);
      const p = periodFor(layout, ms, { offset: text.lastIndexOf('9个') });
      expect(p?.text).toBe('5月6日');
    } else {
      expect(ms.some((m) => m.text.includes(word))).toBe(true);
    }
  });
});

// A parser is skipped on a text that lacks its `needs` words: that is only safe if every match it
// can make contains them. Checked on every rule example and on random texts of period words.
describe('period parsers: the words a match needs', () => {
  const parsers = periodParsers(loadPeriodWords());
  const pw = loadPeriodWords();
  const pieces = [
    ...'0123456789〇零一二三四五六七八九十两年月日号季度前首上下半期底末初旬份个第每至到，。、-—~ ',
    ...Object.values(pw.words).flat(),
  ];
  const check = (text: string) => {
    for (const p of parsers) {
      if (!p.needs) continue;
      p.pattern.lastIndex = 0;
      for (const m of text.matchAll(p.pattern)) {
        if (m[0].length === 0) continue;
        for (const list of p.needs) if (list.length) expect([p.id, m[0], list.some((w) => m[0].includes(w))]).toEqual([p.id, m[0], true]);
      }
    }
  };
  it('on the examples of periods.tsv', () => {
    for (const r of loadTable('periods')) check(r.example);
  });
  it('on random texts of period words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => check(xs.join(''))), { numRuns: 400 });
  });
  it('gives the same mentions as scanning with every parser', () => {
    // Texts that lack the words of some parsers: findPeriods equals a run where no scan is skipped.
    for (const text of ['2021年签约项目3个', '今年以来签约3个', '1-10月签约', '截至目前，上半年签约', '同期增长5%，一季度签约', '']) {
      expect(findPeriods(text, REF).map((m) => m.text)).toEqual(everyParser(text));
    }
  });
});

/** The candidate words of a text from every parser, the longest of overlapping ones first (as findPeriods keeps them). */
function everyParser(text: string): string[] {
  const all: { start: number; end: number }[] = [];
  for (const p of periodParsers(loadPeriodWords())) {
    p.pattern.lastIndex = 0;
    for (const m of text.matchAll(p.pattern)) if (m[0].length && p.parts(m.groups ?? {})) all.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // the same overlap rule as findPeriods: what differs is how the matches are found
  return withoutOverlaps(all).map((c) => text.slice(c.start, c.end));
}

describe('leadingYearMonth', () => {
  const CASES: [string, { year: number; month: number | null } | null][] = [
    ['2021', { year: 2021, month: null }],
    ['2021-03', { year: 2021, month: 3 }],
    ['2021-01/2021-10', { year: 2021, month: 1 }],
    ['2021-01-01/2021-11-18', { year: 2021, month: 1 }],
    ['../2023-12-20', { year: 2023, month: 12 }],
    ['2021-3', { year: 2021, month: null }],
    ['2021/03', { year: 2021, month: null }],
    ['../x', null],
    ['202', null],
    ['..2023', null],
    ['', null],
  ];
  it.each(CASES)('%s', (period, lead) => expect(leadingYearMonth(period)).toEqual(lead));
});
