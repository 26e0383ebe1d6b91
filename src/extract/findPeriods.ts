// Period words → PeriodMention[], resolved against the reference date (SCHEMA "Periods").
// Parsers (periods/periodParsers.ts) propose spans; the longest span wins where they overlap;
// then each mention is resolved in text order, carrying the year and month in context within
// its paragraph (2013年…1-10月 → 2013's; 11月16日…17日 → 17日 is 16 November's month), and for
// 全年/当年/年度 the latest year named anywhere before (2022年，…。\n全年外出招商47次 → 2022).
// Period words after 比/较 (较103年度成长21.4%) are a comparison base, like 去年同期.
// Words that only restate the period words before them are dropped, so the figures keep the more
// telling words: a bare year after narrower words of that year in the same clause run (截至11月底，
// 全区今年累计签约…), and a bare "now" (目前) after words running up to now in the same sentence
// (今年以来，…；目前对接企业10家).
// Period words that open an event's name (2019年中国国际服务贸易交易会) are dropped: they date the
// event series, not a figure.
import type { PeriodMention } from '../model.js';
import { loadPeriodWords } from './periods/periodWords.js';
import { periodParsers, type PeriodParser, type PeriodParts } from './periods/periodParsers.js';
import { bearsYear, resolvePeriod, type PeriodContext } from './periods/resolvePeriod.js';
import { referenceDateOf } from './periods/referenceDate.js';
import { alternationOf, type RuleRow } from '../rules/ruleTables.js';
import { codeAt } from './numbers/scanAt.js';
import {
  anchorIndex, anchorPositions, anchorSetsOf, anchoredPattern, presenceIndex, scanNear, setsPresent,
  type AnchorIndex, type AnchoredPattern, type PresenceIndex,
} from './periods/anchorScan.js';

interface Candidate {
  start: number;
  end: number;
  parts: PeriodParts;
  rule: string;
}

/** A parser and how it is scanned: near its anchors, or (anchored null) over the whole text. */
interface Scan {
  parser: PeriodParser;
  anchored: AnchoredPattern | null;
  /**
   * Indexes of the parser's anchor sets in Compiled.needed: the first characters of the words of
   * each of its `needs` lists. A text without any character of some set has no match.
   */
  needs: number[];
  /** Indexes of an anchored parser's anchor sets in Compiled.anchors.sets. */
  sets: number[];
}

interface Compiled {
  rows: RuleRow[];
  scans: Scan[];
  /** The distinct anchor sets of all parsers: whether a text has them is found once per text. */
  needed: PresenceIndex;
  /** The distinct anchor sets of anchored parsers: their positions are found in one pass per text. */
  anchors: AnchorIndex;
  /** The last word of an event's name: 交易会, 大会. */
  eventWord: RegExp;
  nameBreaker: RegExp;
  /** Words before period words that make them a comparison base: 较103年度, 比上年. */
  baseBefore: RegExp;
}

let compiled: Compiled | null = null;

function current(): Compiled {
  const pw = loadPeriodWords();
  if (compiled?.rows !== pw.rows) {
    const neededSets: string[] = [];
    const anchorSets: string[] = [];
    const idOf = (list: string[], set: string) => {
      const at = list.indexOf(set);
      return at >= 0 ? at : list.push(set) - 1;
    };
    const scans = periodParsers(pw).map((parser): Scan => {
      const own = anchorSetsOf(parser.needs);
      const anchored = anchoredPattern(parser.pattern, own);
      return {
        parser,
        anchored,
        needs: own.map((set) => idOf(neededSets, set)),
        sets: anchored ? own.map((set) => idOf(anchorSets, set)) : [],
      };
    });
    compiled = {
      rows: pw.rows,
      scans,
      needed: presenceIndex(neededSets),
      anchors: anchorIndex(anchorSets),
      eventWord: new RegExp(alternationOf(pw.words.event_suffix) || '(?!)'),
      nameBreaker: new RegExp(alternationOf(pw.words.name_breaker) || '(?!)'),
      baseBefore: new RegExp(`(?:${alternationOf(pw.words.base_before) || '(?!)'})$`),
    };
  }
  return compiled;
}

// Period words that can open an event's name ("2019年中国国际服务贸易交易会", "第一季度重点项目…大会").
const NAME_OPENERS = new Set(['period.year', 'period.quarter', 'period.half', 'period.roc_year']);
// The run of a name after its opening period words: up to punctuation, a space or a digit.
const NAME_RUN = /^[^\s\d，。；、：！？,;:!?]{1,40}/;

/**
 * Whether the words open an event's name rather than say when a figure happened: the run after
 * them reaches an event word with no breaker before it ("2019年中国(北京)国际服务贸易交易会、" is a
 * name; "2020年全区举办招商会5场" is a time).
 */
function opensEventName(text: string, c: Candidate, k: Compiled): boolean {
  if (!NAME_OPENERS.has(c.rule)) return false;
  const run = NAME_RUN.exec(text.slice(c.end, c.end + 40))?.[0] ?? '';
  const at = run.search(k.eventWord);
  return at >= 0 && !k.nameBreaker.test(run.slice(0, at));
}

/** Every parser's matches, then the longest of overlapping ones (earliest first). */
function candidatesIn(text: string): Candidate[] {
  const all: Candidate[] = [];
  const k = current();
  // A parser that needs a word of a list none of whose first characters is in the text finds
  // nothing: its scan is skipped.
  const present = setsPresent(text, k.needed);
  // Where the anchored parsers' anchors are: found on first need (a text may need none).
  let positions: number[][] | null = null;
  for (const { parser: p, anchored, needs, sets } of k.scans) {
    if (!needs.every((i) => present[i])) continue;
    const take = (m: RegExpExecArray, start: number, end: number) => {
      const parts = p.parts(m.groups ?? {});
      if (parts) all.push({ start, end, parts: uniformParts(parts), rule: p.id });
    };
    if (anchored) {
      positions ??= anchorPositions(text, k.anchors);
      // The set with the fewest occurrences gives the fewest tries.
      let fewest = positions[sets[0]];
      for (const s of sets) if (positions[s].length < fewest.length) fewest = positions[s];
      scanNear(text, anchored, fewest, take);
      continue;
    }
    // exec, not matchAll: no iterator or regex copy per scan (a megabyte of dates has 10^5 matches).
    const re = p.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      take(m, m.index, m.index + m[0].length);
    }
  }
  return withoutOverlaps(all).filter((c) => !opensEventName(text, c, k));
}

/**
 * Matches of all parsers → the ones kept, in text order: of overlapping spans the earlier one,
 * unless one starting inside it is strictly longer and reaches further. Sorts `all` in place.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(all: T[]): T[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start && c.end > last.end) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/**
 * The parts with every key, in one order (undefined where the parser wrote none): each parser's
 * literal had its own set of keys, and resolvePeriod and findPeriods, reading parts of a dozen
 * hidden classes, deoptimized (wrong map) whenever one more came by.
 */
function uniformParts(p: PeriodParts): PeriodParts {
  return {
    shape: p.shape, year: p.year, fromMonth: p.fromMonth, toMonth: p.toMonth, day: p.day, toDay: p.toDay,
    monthEnd: p.monthEnd, now: p.now, range: p.range, relative: p.relative,
  };
}

export function findPeriods(text: string, reference: string | null): PeriodMention[] {
  const k = current();
  const ctx: PeriodContext = { reference: referenceDateOf(text, reference), year: null, month: null, documentYear: null };
  let paragraphEnd = -1;
  const out: PeriodMention[] = [];
  // The last mention narrower than a year (截至11月底, 1-10月) not used as a comparison base.
  let narrow: { end: number; year: string; shape: string } | null = null;
  for (const c of candidatesIn(text)) {
    if (c.start > paragraphEnd) {
      // A new paragraph: the year and month in context start afresh.
      const nl = text.indexOf('\n', c.start);
      paragraphEnd = nl < 0 ? text.length : nl;
      ctx.year = null;
      ctx.month = null;
    }
    const period = resolvePeriod(c.parts, ctx);
    const base = c.parts.shape === 'base' || k.baseBefore.test(text.slice(Math.max(0, c.start - 4), c.start));
    // base is always a key (true, or undefined): adding it to some mentions after the literal gave
    // them another hidden class, and periodFor's searches deoptimized on it.
    const mention: PeriodMention = {
      start: c.start, end: c.end, text: text.slice(c.start, c.end), period,
      annual: c.parts.shape === 'annual', base: base ? true : undefined, rule: c.rule,
    };
    if (!restates(c, period, narrow, text)) out.push(mention);
    if (!base) updateContext(ctx, c.parts, period);
    if (!base && period && NARROW_SHAPES.has(c.parts.shape)) narrow = { end: c.end, year: yearOfPeriod(period), shape: c.parts.shape };
  }
  return out;
}

const NARROW_SHAPES = new Set(['months', 'day', 'days', 'since', 'until', 'relative']);
const CLAUSE_RUN_BREAK = /[。！？!?\n；;]/;
const SENTENCE_BREAK = /[。！？!?\n]/;

/** Whether the words only restate the narrower words before them in the same clause run. */
function restates(c: Candidate, period: string | null, narrow: { end: number; year: string; shape: string } | null, text: string): boolean {
  if (!narrow || !period) return false;
  const between = text.slice(narrow.end, c.start);
  // 今年, 2024年 after 截至11月底 of 2024 in the same clause run; not 全年/当年 (the year in
  // context: "the whole year").
  if (c.parts.shape === 'year') {
    return !CLAUSE_RUN_BREAK.test(between) && !!c.parts.year && !('context' in c.parts.year) && period === narrow.year;
  }
  // 目前 after 今年以来 in the same sentence: both run up to now.
  return c.rule === 'period.until_now' && narrow.shape === 'since' && !SENTENCE_BREAK.test(between);
}

/** `../2024-11-30` → `2024`; `2024-01/2024-10` → `2024`. */
function yearOfPeriod(period: string): string {
  return /\d{4}/.exec(period)?.[0] ?? '';
}

function updateContext(ctx: PeriodContext, parts: PeriodParts, period: string | null): void {
  if (!period) return;
  const first = leadingYearMonth(period);
  if (!first) return;
  if (bearsYear(parts)) {
    ctx.year = first.year;
    ctx.documentYear = ctx.year;
  }
  if (first.month !== null && parts.fromMonth !== undefined && parts.shape !== 'since') {
    ctx.month = { year: first.year, month: first.month };
  }
}

/**
 * The year and month a period string opens with: `2021-03/…` → 2021, 3; `../2023-12-20` → 2023,
 * 12; `2021` → 2021, null. Read by hand, not with a regex and its groups: it runs once per mention.
 */
export function leadingYearMonth(period: string): { year: number; month: number | null } | null {
  const at = period.startsWith('../') ? 3 : 0;
  if (!digitsAt(period, at, 4)) return null;
  const year = Number(period.slice(at, at + 4));
  // codeAt: `2021` has no 5th character, and charCodeAt past the end deoptimized findPeriods
  const month = codeAt(period, at + 4) === 0x2d && digitsAt(period, at + 5, 2) ? Number(period.slice(at + 5, at + 7)) : null;
  return { year, month };
}

/** Whether `n` ASCII digits stand at `at`. */
function digitsAt(s: string, at: number, n: number): boolean {
  if (at + n > s.length) return false;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
