// PeriodParts + reference date + the year/month in context → a SCHEMA period string.
import {
  compareYmd, dayText, isRealDay, lastDayOf, monthRangeText, sinceText, untilText, yearText, type Ymd,
} from './calendar.js';
import type { PeriodParts, YearSpec } from './periodParsers.js';

export interface PeriodContext {
  /** The reference date: `published`, else the latest full date in the body; null when neither. */
  reference: Ymd | null;
  /** Year of the latest year-bearing period words before, in the same paragraph (2013年…全年 → 2013). */
  year: number | null;
  /** Year and month of the latest month-bearing period words before, in the same paragraph (11月16日…17日). */
  month: { year: number; month: number } | null;
  /** Year of the latest year-bearing period words anywhere before: "the year in context" of 全年/当年. */
  documentYear: number | null;
}

/** The year a spec names, or null. `null` spec = no year written: decided by the caller. */
function explicitYear(spec: YearSpec, ctx: PeriodContext): number | null {
  if (!spec) return null;
  if ('abs' in spec) return spec.abs;
  if ('offset' in spec) return ctx.reference ? ctx.reference.year + spec.offset : null;
  return ctx.year ?? ctx.documentYear ?? ctx.reference?.year ?? null;
}

/**
 * The year of words with no year written: the year in context, else the reference year, moved
 * one year back when the period would start (or, for ranges, end) after the reference month —
 * "12月" in a November report is last December.
 */
function yearOfBare(parts: PeriodParts, ctx: PeriodContext, month: number): number | null {
  if (parts.year) return explicitYear(parts.year, ctx);
  if (ctx.year !== null) return ctx.year;
  const ref = ctx.reference;
  if (!ref) return null;
  return month > ref.month ? ref.year - 1 : ref.year;
}

/** The SCHEMA period string of resolved parts, or null when the words cannot be resolved. */
export function resolvePeriod(parts: PeriodParts, ctx: PeriodContext): string | null {
  const ref = ctx.reference;
  switch (parts.shape) {
    case 'vague':
      return null;
    case 'relative':
      return relativePeriod(parts.relative!, ctx);
    case 'year':
    case 'annual':
    case 'base': {
      const y = explicitYear(parts.year, ctx);
      return y === null ? null : yearText(y);
    }
    case 'months': {
      const from = parts.fromMonth!;
      const to = parts.toMonth ?? from;
      const y = yearOfBare(parts, ctx, parts.range ? to : from);
      return y === null ? null : monthRangeText(y, from, to);
    }
    case 'day': {
      const d = dayOf(parts, ctx);
      return d ? dayText(d) : null;
    }
    case 'days': {
      // A fair or event over several days: the month(s) it was held.
      const y = yearOfDay(parts, ctx);
      return y === null ? null : monthRangeText(y, parts.fromMonth!, parts.toMonth ?? parts.fromMonth!,
        (parts.toMonth ?? parts.fromMonth!) < parts.fromMonth! ? y + 1 : y);
    }
    case 'since': {
      if (!ref) return null;
      const y = parts.fromMonth ? yearOfBare(parts, ctx, parts.fromMonth) : explicitYear(parts.year, ctx);
      if (y === null) return null;
      const from = { year: y, month: parts.fromMonth ?? 1, day: 1 };
      return compareYmd(from, ref) > 0 ? null : sinceText(from, ref);
    }
    case 'until': {
      if (parts.now) return ref ? untilText(ref) : null;
      if (parts.monthEnd) {
        const y = yearOfBare(parts, ctx, parts.fromMonth!);
        return y === null ? null : untilText({ year: y, month: parts.fromMonth!, day: lastDayOf(y, parts.fromMonth!) });
      }
      const d = dayOf(parts, ctx);
      return d ? untilText(d) : null;
    }
  }
}

/** 本月 → the reference month; 上个月 → the one before; 本季度 → the quarter of the reference month; 当月 → the month in context. */
function relativePeriod(rel: NonNullable<PeriodParts['relative']>, ctx: PeriodContext): string | null {
  const ref = ctx.reference;
  if (rel.offset === 'context') {
    if (ctx.month) return monthRangeText(ctx.month.year, ctx.month.month, ctx.month.month);
    return ref ? monthRangeText(ref.year, ref.month, ref.month) : null;
  }
  if (!ref) return null;
  if (rel.unit === 'month') {
    const i = ref.year * 12 + ref.month - 1 + rel.offset;
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    return monthRangeText(y, m, m);
  }
  const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) + rel.offset;
  const y = Math.floor(q / 4);
  const first = (q % 4) * 3 + 1;
  return monthRangeText(y, first, first + 2);
}

/** A single day: 12月18日 is the latest such day not after the reference; 17日 takes the month in context. */
function dayOf(parts: PeriodParts, ctx: PeriodContext): Ymd | null {
  const ref = ctx.reference;
  let d: Ymd | null = null;
  if (parts.fromMonth === undefined) {
    if (ctx.month) d = { year: ctx.month.year, month: ctx.month.month, day: parts.day! };
    else if (ref) {
      d = { year: ref.year, month: ref.month, day: parts.day! };
      if (parts.day! > ref.day) d = ref.month === 1 ? { ...d, year: ref.year - 1, month: 12 } : { ...d, month: ref.month - 1 };
    }
  } else {
    const y = yearOfDay(parts, ctx);
    if (y !== null) d = { year: y, month: parts.fromMonth, day: parts.day! };
  }
  return d && isRealDay(d) ? d : null;
}

function yearOfDay(parts: PeriodParts, ctx: PeriodContext): number | null {
  if (parts.year) return explicitYear(parts.year, ctx);
  if (ctx.year !== null) return ctx.year;
  const ref = ctx.reference;
  if (!ref) return null;
  const sameYear = { year: ref.year, month: parts.fromMonth!, day: parts.day! };
  return compareYmd(sameYear, ref) > 0 ? ref.year - 1 : ref.year;
}

/** Whether the words name their own year (2013年, 今年, 去年): they set the year in context. */
export function bearsYear(parts: PeriodParts): boolean {
  return parts.year !== null && !('context' in parts.year) && parts.shape !== 'base';
}
