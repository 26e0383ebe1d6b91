// Period parsers in the chrono style: each is one pattern (built from the words of
// src/rules/periods.tsv) and a step that turns its match into unresolved PeriodParts. Resolving
// against the reference date and the year in context happens later (resolvePeriod.ts).
import { alternationOf } from '../../rules/ruleTables.js';
import { CN_DIGIT, CN_UNDER_100, numberOf } from './chineseNumber.js';
import type { PeriodWords } from './periodWords.js';

/** How a mention names its year: absolutely, relative to the reference year, or "the year in context". */
export type YearSpec = { abs: number } | { offset: number } | { context: true } | null;

export interface PeriodParts {
  shape: 'year' | 'annual' | 'base' | 'months' | 'day' | 'days' | 'since' | 'until' | 'vague' | 'relative';
  year: YearSpec;
  fromMonth?: number;
  toMonth?: number;
  day?: number;
  toDay?: number;
  /** until: the last day of `fromMonth` (截至10月底) or of the year (截至2022年底). */
  monthEnd?: boolean;
  /** until / since: the reference date itself (截至目前). */
  now?: boolean;
  /**
   * `months` counted up to their last month (1-10月, 前三季度): with no year written, that last month
   * decides the year (1-12月 in a November report is last year's). A quarter or half in progress
   * (下半年 in November) is decided by its first month, like a single month.
   */
  range?: boolean;
  /** relative: a month or quarter counted from the reference date (本月 0, 上季度 -1), or the month in context (当月). */
  relative?: { unit: 'month' | 'quarter'; offset: number | 'context' };
}

export interface PeriodParser {
  id: string;
  pattern: RegExp;
  parts: (g: Record<string, string | undefined>) => PeriodParts | null;
  /**
   * Words every match contains: from each list, one (月 of 11月; one of the quarter words). A text
   * that lacks the first character of every word of some list has no match, and its scan is
   * skipped; a pattern that opens with optional words is tried only near those characters
   * (anchorScan.ts). Absent: always scan the whole text.
   */
  needs?: string[][];
}

type Groups = Record<string, string | undefined>;

/** The compiled parsers for one set of period words. */
export function periodParsers(pw: PeriodWords): PeriodParser[] {
  const alt = (k: keyof PeriodWords['words']) => `(?:${alternationOf(pw.words[k])})`;
  const yearOffsets = pw.values.year_word;

  // 2021年, 二〇二一年; not the tail of a longer number.
  const yearDigits = `(?<![\\d〇零一二三四五六七八九])(?<yearNum>(?:1[89]|20)\\d{2}|${CN_DIGIT}{4})`;
  const yearNum = `${yearDigits}年`;
  const yearPrefix = `(?:${yearNum}|(?<yearWord>${alt('year_word')}))`;
  // A month: 1-12 not inside a longer number (13月, 2.5月), or 一 to 十二 not inside a longer numeral.
  const month = (name: string) =>
    `(?<${name}>(?<![\\d.])(?:1[0-2]|0?[1-9])(?!\\d)|(?<![〇零一二三四五六七八九十百])(?:十[一二]?|[一二三四五六七八九]))`;
  const day = (name: string) =>
    `(?<${name}>(?<![\\d.])(?:3[01]|[12]\\d|0?[1-9])(?!\\d)|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))`;
  const sep = alt('range_sep');
  const dayWord = alt('day');

  const yearOf = (g: Groups): YearSpec => {
    if (g.yearNum) return { abs: numberOf(g.yearNum)! };
    if (g.yearWord) {
      const v = yearOffsets.get(g.yearWord) ?? '0';
      return v === 'context' ? { context: true } : { offset: Number(v) };
    }
    return null;
  };
  const num = (s: string | undefined) => (s === undefined ? undefined : numberOf(s) ?? undefined);

  const parsers: PeriodParser[] = [
    {
      // 2023-04-25, 2023/4/25: a dateline or a date in a list.
      id: 'period.iso_date',
      pattern: /(?<![\d])(?<y>(?:19|20)\d{2})(?<s>[-/.])(?<m>1[0-2]|0?[1-9])\k<s>(?<d>3[01]|[12]\d|0?[1-9])(?!\d)/g,
      parts: (g) => ({ shape: 'day', year: { abs: Number(g.y) }, fromMonth: Number(g.m), day: Number(g.d) }),
    },
    {
      // 12月18日, 2023年6月17日, and a fair's days 11月3日至6日 / 11月30日至12月2日.
      id: 'period.day',
      pattern: new RegExp(
        `${yearPrefix}?${month('m')}月${day('d')}${dayWord}(?:${sep}(?:${month('m2')}月)?${day('d2')}${dayWord})?`, 'g'),
      parts: (g) => {
        const fromMonth = num(g.m)!;
        const d = num(g.d)!;
        if (g.d2 === undefined) return { shape: 'day', year: yearOf(g), fromMonth, day: d };
        return { shape: 'days', year: yearOf(g), fromMonth, day: d, toMonth: num(g.m2) ?? fromMonth, toDay: num(g.d2) };
      },
    },
    {
      // 今年1-10月, 1—10月份, 1月至3月, 一至十月.
      id: 'period.month_range',
      pattern: new RegExp(`${yearPrefix}?${month('m1')}月?${sep}${month('m2')}月${alt('month_part')}?`, 'g'),
      parts: (g) => {
        const from = num(g.m1)!;
        const to = num(g.m2)!;
        return from < to ? { shape: 'months', year: yearOf(g), fromMonth: from, toMonth: to, range: true } : null;
      },
    },
    {
      // 前11个月, 今年前十一个月.
      id: 'period.first_months',
      pattern: new RegExp(`${yearPrefix}?${alt('first_n')}(?<n>\\d{1,2}|${CN_UNDER_100})个?月`, 'g'),
      parts: (g) => {
        const n = num(g.n);
        return n && n >= 1 && n <= 12 ? { shape: 'months', year: yearOf(g), fromMonth: 1, toMonth: n, range: true } : null;
      },
    },
    {
      // 前三季度 → January to September.
      id: 'period.first_quarters',
      pattern: new RegExp(`${yearPrefix}?${alt('first_n')}(?<q>[一二三两1-3])个?(?:${alt('quarter')}|${alt('quarter_short')})`, 'g'),
      parts: (g) => ({ shape: 'months', year: yearOf(g), fromMonth: 1, toMonth: num(g.q)! * 3, range: true }),
    },
    {
      // 一至三季度, 1-3季度, 二到四季度 → January to September, April to December.
      id: 'period.quarter_range',
      pattern: new RegExp(`${yearPrefix}?第?(?<![\\d〇零一二三四五六七八九十每])(?<q1>[一二三四1-4])${sep}第?(?<q2>[一二三四1-4])${alt('quarter')}`, 'g'),
      parts: (g) => {
        const q1 = num(g.q1)!;
        const q2 = num(g.q2)!;
        return q1 < q2 ? { shape: 'months', year: yearOf(g), fromMonth: q1 * 3 - 2, toMonth: q2 * 3, range: true } : null;
      },
    },
    {
      // 一季度, 第一季度, 2023年四季度; not 每一季度.
      id: 'period.quarter',
      pattern: new RegExp(`${yearPrefix}?第?(?<![\\d〇零一二三四五六七八九十每])(?<q>[一二三四1-4])${alt('quarter')}`, 'g'),
      parts: (g) => {
        const q = num(g.q)!;
        return { shape: 'months', year: yearOf(g), fromMonth: q * 3 - 2, toMonth: q * 3 };
      },
    },
    {
      // 上半年, 去年下半年.
      id: 'period.half',
      pattern: new RegExp(`${yearPrefix}?(?<half>${alt('half')})`, 'g'),
      parts: (g) => {
        const [from, to] = (pw.values.half.get(g.half!) ?? '01/06').split('/').map(Number);
        return { shape: 'months', year: yearOf(g), fromMonth: from, toMonth: to };
      },
    },
    {
      // 今年以来, 2022年以来, 今年初以来, 年初至今.
      id: 'period.since_year',
      pattern: new RegExp(`(?:${yearPrefix}${alt('start_mark')}?|(?<yearStart>${alt('year_start')}))${alt('since')}`, 'g'),
      parts: (g) => ({ shape: 'since', year: g.yearStart ? { offset: 0 } : yearOf(g) }),
    },
    {
      // 11月以来, 今年3月份以来.
      id: 'period.since_month',
      pattern: new RegExp(`${yearPrefix}?${month('m')}月(?:${alt('start_mark')}|${alt('month_part')})?${alt('since')}`, 'g'),
      parts: (g) => ({ shape: 'since', year: yearOf(g), fromMonth: num(g.m) }),
    },
    {
      // 今年来: a whole phrase for "since the start of this year".
      id: 'period.ytd',
      pattern: new RegExp(`${alt('ytd')}`, 'g'),
      parts: () => ({ shape: 'since', year: { offset: 0 } }),
    },
    {
      // 截至目前, 截至2023年12月20日, 截至10月底, 截至2022年底, 截至17日.
      id: 'period.until',
      pattern: new RegExp(
        `${alt('until')}(?:(?<now>${alt('now')})` +
          `|${yearPrefix}?(?:${month('m')}月(?:${day('d')}${dayWord}|(?<end>${alt('month_end')}))?` +
          `|第?(?<qEnd>[一二三四1-4])${alt('quarter')}${alt('month_end')}|(?<yearEnd>${alt('month_end')}))` +
          `|${day('dOnly')}${alt('bare_day')})`,
        'g'),
      parts: (g) => {
        if (g.now) return { shape: 'until', year: null, now: true };
        if (g.m) {
          const d = num(g.d);
          return d === undefined
            ? { shape: 'until', year: yearOf(g), fromMonth: num(g.m), monthEnd: true }
            : { shape: 'until', year: yearOf(g), fromMonth: num(g.m), day: d };
        }
        if (g.qEnd) return { shape: 'until', year: yearOf(g), fromMonth: num(g.qEnd)! * 3, monthEnd: true };
        if (g.dOnly) return { shape: 'until', year: null, day: num(g.dOnly) };
        if (g.yearNum || g.yearWord) return { shape: 'until', year: yearOf(g), fromMonth: 12, monthEnd: true };
        return null;
      },
    },
    {
      // 到目前为止: a whole phrase for "as of the reference date".
      id: 'period.until_now',
      pattern: new RegExp(`${alt('until_now')}`, 'g'),
      parts: () => ({ shape: 'until', year: null, now: true }),
    },
    {
      // 去年同期: the comparison base, not the figure's own period.
      id: 'period.base',
      pattern: new RegExp(`${yearPrefix}?${alt('base')}`, 'g'),
      parts: (g) => ({ shape: 'base', year: yearOf(g) }),
    },
    {
      // 2021年, 二〇二二年, 2021年度.
      id: 'period.year',
      pattern: new RegExp(`${yearDigits}(?:${alt('roc_suffix')}|年)`, 'g'),
      parts: (g) => ({ shape: 'year', year: yearOf(g) }),
    },
    {
      // 今年, 去年, 当年, 全年.
      id: 'period.year_word',
      // Not the tail of a count of years: 3年内 is a duration, not 年内.
      pattern: new RegExp(`(?<![\\d〇零一二三四五六七八九十百两几多])(?<yearWord>${alt('year_word')})`, 'g'),
      parts: (g) => ({ shape: 'year', year: yearOf(g) }),
    },
    {
      // 年度, 全年目标, 年度计划: the year of an annual goal.
      id: 'period.annual',
      pattern: new RegExp(`${alt('annual')}`, 'g'),
      parts: () => ({ shape: 'annual', year: { context: true } }),
    },
    {
      // 近年来, 近几年: period words that name no period.
      id: 'period.vague',
      pattern: new RegExp(`${alt('vague')}`, 'g'),
      parts: () => ({ shape: 'vague', year: null }),
    },
    {
      // Taiwan's calendar: 104年度 → 2015, 九十六年度 → 2007, 民国105年 → 2016.
      id: 'period.roc_year',
      pattern: new RegExp(
        `${alt('roc_prefix')}(?<roc>\\d{1,3}|[〇零一二三四五六七八九十百]{1,5})年` +
          `|(?<![\\d〇零一二三四五六七八九十百])(?<rocFy>\\d{2,3}|[〇零一二三四五六七八九十百]{2,5})${alt('roc_suffix')}`,
        'g'),
      parts: (g) => {
        const n = num(g.roc ?? g.rocFy);
        return n && n >= 1 && n <= 150 ? { shape: 'year', year: { abs: n + 1911 } } : null;
      },
    },
    {
      // 本月, 上个月, 本季度, 上一季度: counted from the reference month; 当月: the month in context.
      id: 'period.relative',
      pattern: new RegExp(`(?<relMonth>${alt('rel_month')})|(?<relQuarter>${alt('rel_quarter')})`, 'g'),
      parts: (g) => {
        const unit = g.relMonth ? 'month' : 'quarter';
        const v = (unit === 'month' ? pw.values.rel_month.get(g.relMonth!) : pw.values.rel_quarter.get(g.relQuarter!)) ?? '0';
        return { shape: 'relative', year: null, relative: { unit, offset: v === 'context' ? 'context' : Number(v) } };
      },
    },
    {
      // 11月, 11月中旬, 2023年3月, 10月份.
      id: 'period.month',
      pattern: new RegExp(`${yearPrefix}?${month('m')}月${alt('month_part')}?`, 'g'),
      parts: (g) => ({ shape: 'months', year: yearOf(g), fromMonth: num(g.m), toMonth: num(g.m) }),
    },
    {
      // 17日 with no month written: a day of the month in context. Not 30日元 (yen).
      id: 'period.bare_day',
      pattern: new RegExp(`(?<![\\d.月])(?<d>3[01]|[12]\\d|0?[1-9])${alt('bare_day')}(?!${alt('not_after_day')})`, 'g'),
      parts: (g) => ({ shape: 'day', year: null, day: Number(g.d) }),
    },
  ];
  // The literal words each pattern cannot match without (see `needs`).
  const words = (...kinds: (keyof PeriodWords['words'])[]) => kinds.flatMap((k) => pw.words[k]);
  const needs: Record<string, string[][]> = {
    'period.day': [['月'], words('day')],
    'period.month_range': [['月'], words('range_sep')],
    'period.first_months': [['月'], words('first_n')],
    'period.first_quarters': [words('first_n'), words('quarter', 'quarter_short')],
    'period.quarter_range': [words('range_sep'), words('quarter')],
    'period.quarter': [words('quarter')],
    'period.half': [words('half')],
    'period.since_year': [words('since')],
    'period.since_month': [['月'], words('since')],
    'period.ytd': [words('ytd')],
    'period.until': [words('until')],
    'period.until_now': [words('until_now')],
    'period.base': [words('base')],
    'period.year': [['年', ...words('roc_suffix')]],
    'period.year_word': [words('year_word')],
    'period.annual': [words('annual')],
    'period.vague': [words('vague')],
    'period.roc_year': [['年', ...words('roc_suffix')]],
    'period.relative': [words('rel_month', 'rel_quarter')],
    'period.month': [['月']],
    'period.bare_day': [words('bare_day')],
  };
  for (const p of parsers) if (needs[p.id]) p.needs = needs[p.id];
  return parsers;
}
