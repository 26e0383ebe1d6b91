// Which period words a figure takes (SCHEMA "Which figures, once"): those of its own clause
// (nearest preceding; if none precede, the first following), else of its sentence (preceding
// preferred), else the nearest preceding ones in its paragraph, else those of its section's lead
// (sectionLead.ts), else those of the title line that opens the text (the article's own lead);
// none → null.
// Comparison bases (去年同期) are never a figure's period. Annual-goal words (年度, 全年计划) belong
// to goals: a target takes them first, and a year-to-date context becomes the whole year for it
// (今年以来…完成目标任务12次 → 2023); other figures pass over them (占全年计划的96.5% keeps 1-10月).
import type { PeriodMention } from '../model.js';
import { spanAt, spanIndexAt, type Span, type TextLayout } from '../extract/textLayout.js';
import { sectionLeadOf } from '../extract/periods/sectionLead.js';
import { loadPeriodWords } from '../extract/periods/periodWords.js';

export interface PeriodQuery {
  /** Start offset of the figure's number in the text. */
  offset: number;
  /** The figure is a goal (target aspect): annual words (全年, 年度) win over year-to-date ones. */
  target?: boolean;
}

// Per figure the work is a few binary searches: the usable mentions of each kind are listed once
// per mention list (periods come sorted by start and disjoint from findPeriods, so their ends are
// sorted too), the event anaphors' positions once per text and the title's words once per text.

export function periodFor(layout: TextLayout, periods: PeriodMention[], q: PeriodQuery): PeriodMention | null {
  const ix = indexOf(periods);
  const usable = q.target ? ix.usableForTargets : ix.usable;
  // With no usable words every rule below finds none (the annual ones are among the usable).
  if (usable.length === 0) return null;
  const clause = spanAt(layout.clauses, q.offset);
  const sentence = spanAt(layout.sentences, q.offset);
  const paragraph = spanAt(layout.paragraphs, q.offset);

  if (q.target) {
    const annual = (clause && lastWithin(ix.annual, clause, Infinity))
      ?? (sentence && lastWithin(ix.annual, sentence, q.offset));
    if (annual) return annual;
  }
  const chosen = (clause && nearestIn(usable, clause, q.offset, true))
    ?? (sentence && nearestIn(usable, sentence, q.offset, true))
    ?? (paragraph && lastWithin(usable, paragraph, q.offset))
    ?? (paragraph && eventPeriod(layout, usable, paragraph, q.offset))
    ?? leadPeriod(layout, usable, q.offset)
    ?? titlePeriod(layout, usable, q.offset);
  if (chosen && q.target) return asWholeYear(chosen);
  return chosen ?? null;
}

interface PeriodIndex {
  /** Not comparison bases, not annual-goal words: what a value may take. */
  usable: PeriodMention[];
  /** Not comparison bases: what a target may take. */
  usableForTargets: PeriodMention[];
  /** Annual-goal words (not bases). */
  annual: PeriodMention[];
}

const indexCache = new WeakMap<PeriodMention[], PeriodIndex>();

function indexOf(periods: PeriodMention[]): PeriodIndex {
  const hit = indexCache.get(periods);
  if (hit) return hit;
  // Sorted by start and disjoint, as findPeriods gives them; a hand-made list is put in that order
  // (an overlapping one still gives answers, only found by the sorted-list rules below).
  const sorted = periods.every((p, i) => i === 0 || periods[i - 1].end <= p.start)
    ? periods
    : [...periods].sort((a, b) => a.start - b.start || a.end - b.end);
  const usableForTargets = sorted.filter((p) => !p.base);
  const ix: PeriodIndex = {
    usable: usableForTargets.filter((p) => !p.annual),
    usableForTargets,
    annual: usableForTargets.filter((p) => p.annual),
  };
  indexCache.set(periods, ix);
  return ix;
}

/** Index of the first mention with end > limit (ps.length if none); ends ascend with starts. */
function firstEndingAfter(ps: PeriodMention[], limit: number): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first mention with start >= offset (ps.length if none). */
function firstStartingAt(ps: PeriodMention[], offset: number): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest mention before offset inside span; else, when allowed, the first one after it. */
function nearestIn(ps: PeriodMention[], span: Span, offset: number, orFollowing: boolean): PeriodMention | null {
  return lastWithin(ps, span, offset) ?? (orFollowing ? firstWithin(ps, span, offset) : null);
}

/** The last mention inside span that ends at or before `before`. */
function lastWithin(ps: PeriodMention[], span: Span, before: number): PeriodMention | null {
  const i = firstEndingAfter(ps, Math.min(span.end, before)) - 1;
  return i >= 0 && ps[i].start >= span.start ? ps[i] : null;
}

/** The first mention that starts at or after `after` and ends inside span. */
function firstWithin(ps: PeriodMention[], span: Span, after: number): PeriodMention | null {
  const i = firstStartingAt(ps, after);
  return i < ps.length && ps[i].end <= span.end ? ps[i] : null;
}

/**
 * "此次签约项目中，…17个": the figure points back at an event told in the paragraph before; it takes
 * that event's date (the last day or day range there), else the last period words there.
 */
function eventPeriod(layout: TextLayout, ps: PeriodMention[], paragraph: Span, offset: number): PeriodMention | null {
  if (!eventAnaphorBetween(layout, paragraph.start, offset)) return null;
  const i = spanIndexAt(layout.paragraphs, paragraph.start);
  const prev = i > 0 ? layout.paragraphs[i - 1] : null;
  if (!prev) return null;
  const from = firstStartingAt(ps, prev.start);
  const to = firstEndingAfter(ps, prev.end);
  for (let j = to - 1; j >= from; j--) if (ps[j].rule === 'period.day') return ps[j];
  return to > from ? ps[to - 1] : null;
}

let anaphorCache: { rows: unknown; words: string[] } | null = null;

function eventAnaphorWords(): string[] {
  const pw = loadPeriodWords();
  if (anaphorCache?.rows !== pw.rows) anaphorCache = { rows: pw.rows, words: [...new Set(pw.words.event_anaphor)].filter(Boolean) };
  return anaphorCache.words;
}

/** Where each event anaphor word occurs in the text (overlaps included), ascending; once per text and word list. */
const anaphorPositions = new WeakMap<TextLayout, { words: string[]; at: [string, number[]][] }>();

/** Whether some event anaphor word lies wholly inside [from, to) of the text. */
function eventAnaphorBetween(layout: TextLayout, from: number, to: number): boolean {
  const words = eventAnaphorWords();
  let hit = anaphorPositions.get(layout);
  if (hit?.words !== words) {
    const { text } = layout;
    hit = { words, at: words.map((w): [string, number[]] => {
      const at: number[] = [];
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.push(i);
      return [w, at];
    }) };
    anaphorPositions.set(layout, hit);
  }
  for (const [w, at] of hit.at) {
    // The first occurrence at or after `from`: it must end by `to`.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo < at.length && at[lo] + w.length <= to) return true;
  }
  return false;
}

/** The period words of the section lead that governs the paragraph at offset, if any. */
function leadPeriod(layout: TextLayout, ps: PeriodMention[], offset: number): PeriodMention | null {
  const lead = sectionLeadOf(layout, offset);
  return lead ? lastWithin(ps, lead, lead.end) : null;
}

// A title line: the text's first paragraph, short and with no sentence punctuation.
const TITLE_MAX = 60;
const SENTENCE_PUNCT = /[。！？!?]/;
const DAY_RULES = new Set(['period.iso_date', 'period.day', 'period.bare_day']);

/**
 * The title leads the whole article: 前三季度烟台招商引资跑出加速度 / 新洲区一季度招商引资开门红 give
 * their period words to figures that find none nearer (a county paragraph, a list under a heading).
 */
function titlePeriod(layout: TextLayout, ps: PeriodMention[], offset: number): PeriodMention | null {
  const title = layout.paragraphs[0];
  if (!title || offset < title.end) return null;
  if (title.end - title.start > TITLE_MAX || SENTENCE_PUNCT.test(layout.text.slice(title.start, title.end))) return null;
  // A date on the first line is a dateline or the day of a single event, not the article's period.
  const to = firstEndingAfter(ps, title.end);
  for (let j = firstStartingAt(ps, title.start); j < to; j++) if (!DAY_RULES.has(ps[j].rule)) return ps[j];
  return null;
}

/** For a goal, 今年以来 (2023-01-01/2023-12-20) or 截至目前 (../2023-12-20) stands for the year it is in: `2023`. */
function asWholeYear(p: PeriodMention): PeriodMention {
  const ytd = p.period ? /^(?:(?<y>\d{4})-01-01\/\k<y>|\.\.\/(?<u>\d{4}))-\d{2}-\d{2}$/.exec(p.period) : null;
  // a literal with p's keys in p's order, not a spread: one hidden class for every mention
  const year = ytd?.groups?.u ? ytd.groups.u : ytd?.groups ? ytd.groups.y : null;
  if (year === null) return p;
  return { start: p.start, end: p.end, text: p.text, period: year, annual: p.annual, base: p.base, rule: p.rule };
}
