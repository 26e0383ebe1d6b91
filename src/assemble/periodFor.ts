// Which period words a figure takes (SCHEMA "Which figures, once"): those of its own clause
// (nearest preceding; if none precede, the first following), else of its sentence (preceding
// preferred), else the nearest preceding ones in its paragraph, else those of its section's lead
// (sectionLead.ts), else those of the title line that opens the text (the article's own lead);
// none → null.
// Comparison bases (去年同期) are never a figure's period. Annual-goal words (年度, 全年计划) belong
// to goals: a target takes them first, and a year-to-date context becomes the whole year for it
// (今年以来…完成目标任务12次 → 2023); other figures pass over them (占全年计划的96.5% keeps 1-10月).
import type { PeriodMention } from '../model.js';
import { spanAt, type Span, type TextLayout } from '../extract/textLayout.js';
import { sectionLeadOf } from '../extract/periods/sectionLead.js';
import { loadPeriodWords } from '../extract/periods/periodWords.js';
import { alternationOf } from '../rules/ruleTables.js';

export interface PeriodQuery {
  /** Start offset of the figure's number in the text. */
  offset: number;
  /** The figure is a goal (target aspect): annual words (全年, 年度) win over year-to-date ones. */
  target?: boolean;
}

export function periodFor(layout: TextLayout, periods: PeriodMention[], q: PeriodQuery): PeriodMention | null {
  const usable = periods.filter((p) => !p.base && (q.target || !p.annual));
  const clause = spanAt(layout.clauses, q.offset);
  const sentence = spanAt(layout.sentences, q.offset);
  const paragraph = spanAt(layout.paragraphs, q.offset);

  if (q.target) {
    const annual = (clause && lastWithin(usable.filter((p) => p.annual), clause, Infinity))
      ?? (sentence && lastWithin(usable.filter((p) => p.annual), sentence, q.offset));
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

/** The nearest mention before offset inside span; else, when allowed, the first one after it. */
function nearestIn(ps: PeriodMention[], span: Span, offset: number, orFollowing: boolean): PeriodMention | null {
  return lastWithin(ps, span, offset) ?? (orFollowing ? firstWithin(ps, span, offset) : null);
}

/** The last mention inside span that ends at or before `before`. */
function lastWithin(ps: PeriodMention[], span: Span, before: number): PeriodMention | null {
  let best: PeriodMention | null = null;
  for (const p of ps) {
    if (p.start >= span.start && p.end <= span.end && p.end <= before) best = p;
  }
  return best;
}

function firstWithin(ps: PeriodMention[], span: Span, after: number): PeriodMention | null {
  return ps.find((p) => p.start >= after && p.end <= span.end) ?? null;
}

/**
 * "此次签约项目中，…17个": the figure points back at an event told in the paragraph before; it takes
 * that event's date (the last day or day range there), else the last period words there.
 */
function eventPeriod(layout: TextLayout, ps: PeriodMention[], paragraph: Span, offset: number): PeriodMention | null {
  const before = layout.text.slice(paragraph.start, offset);
  if (!eventAnaphor().test(before)) return null;
  const i = layout.paragraphs.findIndex((p) => p.start === paragraph.start);
  const prev = i > 0 ? layout.paragraphs[i - 1] : null;
  if (!prev) return null;
  const inPrev = ps.filter((p) => p.start >= prev.start && p.end <= prev.end);
  const days = inPrev.filter((p) => p.rule === 'period.day');
  return days[days.length - 1] ?? inPrev[inPrev.length - 1] ?? null;
}

let anaphorCache: { rows: unknown; re: RegExp } | null = null;

function eventAnaphor(): RegExp {
  const pw = loadPeriodWords();
  if (anaphorCache?.rows !== pw.rows) {
    anaphorCache = { rows: pw.rows, re: new RegExp(alternationOf(pw.words.event_anaphor) || '(?!)') };
  }
  return anaphorCache.re;
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
  const words = layout.text.slice(title.start, title.end);
  if (words.length > TITLE_MAX || SENTENCE_PUNCT.test(words)) return null;
  // A date on the first line is a dateline or the day of a single event, not the article's period.
  return ps.find((p) => p.start >= title.start && p.end <= title.end && !DAY_RULES.has(p.rule)) ?? null;
}

/** For a goal, 今年以来 (2023-01-01/2023-12-20) or 截至目前 (../2023-12-20) stands for the year it is in: `2023`. */
function asWholeYear(p: PeriodMention): PeriodMention {
  const ytd = p.period ? /^(?:(?<y>\d{4})-01-01\/\k<y>|\.\.\/(?<u>\d{4}))-\d{2}-\d{2}$/.exec(p.period) : null;
  if (ytd?.groups?.u) return { ...p, period: ytd.groups.u };
  return ytd?.groups ? { ...p, period: ytd.groups.y } : p;
}
