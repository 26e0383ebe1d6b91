// The date relative period words resolve against (SCHEMA "Periods"): `published`, else the
// latest explicit full date in the body (截至2023年12月20日), else none.
import { compareYmd, isRealDay, ymdOf, type Ymd } from './calendar.js';

// 2023年12月20日 or 2023-12-20 (also with / or .): full dates only, Arabic digits.
const FULL_DATE = /(?<![\d])(?<y>(?:19|20)\d{2})(?:年(?<m1>1[0-2]|0?[1-9])月(?<d1>3[01]|[12]\d|0?[1-9])日|(?<s>[-/.])(?<m2>1[0-2]|0?[1-9])\k<s>(?<d2>3[01]|[12]\d|0?[1-9])(?!\d))/g;

export function referenceDateOf(text: string, published: string | null): Ymd | null {
  const fromPublished = ymdOf(published);
  if (fromPublished) return fromPublished;
  return latestFullDateIn(text);
}

export function latestFullDateIn(text: string): Ymd | null {
  let latest: Ymd | null = null;
  for (const m of text.matchAll(FULL_DATE)) {
    const g = m.groups!;
    const d = { year: Number(g.y), month: Number(g.m1 ?? g.m2), day: Number(g.d1 ?? g.d2) };
    if (isRealDay(d) && (!latest || compareYmd(d, latest) > 0)) latest = d;
  }
  return latest;
}
