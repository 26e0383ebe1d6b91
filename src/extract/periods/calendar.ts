// Calendar arithmetic and SCHEMA period strings (`2021`, `2021-01/2021-10`, `2021-11`,
// `2020-12-18`, `../2023-12-20`, `2021-01-01/2021-11-18`).

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` → Ymd, or null when it is not a real calendar day. */
export function ymdOf(s: string | null): Ymd | null {
  const m = s ? /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/.exec(s) : null;
  if (!m?.groups) return null;
  const ymd = { year: Number(m.groups.y), month: Number(m.groups.m), day: Number(m.groups.d) };
  return isRealDay(ymd) ? ymd : null;
}

export function isRealDay(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDayOf(d.year, d.month);
}

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearText(year: number): string {
  return String(year);
}

export function monthText(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

export function dayText(d: Ymd): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2021-01/2021-10`; a one-month range collapses to `2021-01`. */
export function monthRangeText(year: number, from: number, to: number, toYear = year): string {
  if (from === to && year === toYear) return monthText(year, from);
  return `${monthText(year, from)}/${monthText(toYear, to)}`;
}

/** `../2023-12-20`: everything up to a day. */
export function untilText(d: Ymd): string {
  return `../${dayText(d)}`;
}

/** `2021-01-01/2021-11-18`. */
export function sinceText(from: Ymd, to: Ymd): string {
  return `${dayText(from)}/${dayText(to)}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
