// Publication dates as China Standard Time (UTC+8) calendar days, `YYYY-MM-DD`.
// A timestamp with a zone is moved to UTC+8 first (2021-11-18T20:50:53Z → 2021-11-19); a date or
// a time without a zone is taken as already local to China.

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM-DD` when y/m/d form a real date in a plausible news range, else null. */
export function calendarDayOf(y: number, m: number, d: number): string | null {
  if (y < 1980 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 2月30日
  return date.toISOString().slice(0, 10);
}

// Date first, optional time, optional zone: `2021-11-18`, `2021/11/18 16:00`, `2021年11月18日`,
// `2021-11-18T20:50:53Z`, `2021-11-18 16:00:00 +0800`, `20211118`.
const LOCAL_DATE = new RegExp(
  String.raw`^\s*(?<y>\d{4})(?:[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})日?|(?<m8>\d{2})(?<d8>\d{2}))` +
  String.raw`(?:[T\s]+(?<hh>\d{1,2}):(?<mi>\d{2})(?::(?<ss>\d{2})(?:\.\d+)?)?)?` +
  String.raw`\s*(?<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$`,
  'i',
);

/** A metadata date value (front matter, meta tag, <time datetime>) → its CST day, or null. */
export function cstDayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (!v) return null;
  const m = LOCAL_DATE.exec(v);
  if (m?.groups) {
    const g = m.groups;
    const y = Number(g.y);
    const mo = Number(g.m ?? g.m8);
    const d = Number(g.d ?? g.d8);
    if (!g.zone || !g.hh) return calendarDayOf(y, mo, d);
    const offsetMs = zoneOffsetMs(g.zone);
    const utc = Date.UTC(y, mo - 1, d, Number(g.hh), Number(g.mi), Number(g.ss ?? 0)) - offsetMs;
    return calendarDayOfTime(utc);
  }
  // RFC 2822 (`Thu, 18 Nov 2021 08:50:53 GMT`) and other forms JavaScript's parser knows, only
  // when they carry a zone; otherwise the engine would read them in the machine's local zone.
  if (/[a-z]{3}/i.test(v) && /\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b/i.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return calendarDayOfTime(t);
  }
  // Unix timestamps in seconds or milliseconds (some CMSes put them in meta tags).
  if (/^\d{10}$|^\d{13}$/.test(v)) return calendarDayOfTime(v.length === 10 ? Number(v) * 1000 : Number(v));
  return null;
}

function zoneOffsetMs(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^(?<sign>[+-])(?<h>\d{2}):?(?<mi>\d{2})$/.exec(zone);
  if (!m?.groups) return 0;
  const ms = (Number(m.groups.h) * 60 + Number(m.groups.mi)) * 60000;
  return m.groups.sign === '-' ? -ms : ms;
}

function calendarDayOfTime(utcMs: number): string | null {
  const t = new Date(utcMs + CST_OFFSET_MS);
  return calendarDayOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

// Dates that news sites put in article addresses:
//   /2019-03/14/  /20230425/  /2019/0314/  /2019/03/14/  t20230425_123.html  /2019-03-14/
const URL_DATES: RegExp[] = [
  /[/_-](?<y>(?:19|20)\d{2})-(?<m>\d{2})[/-](?<d>\d{2})(?=[/._-])/,
  /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{2})\/?(?<d>\d{2})(?=[/._-])/,
  /(?:\/|\bt)(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[/._-])/,
];

/** The publication day an article address encodes, or null. */
export function dateOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const pathPart = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  for (const re of URL_DATES) {
    const g = re.exec(pathPart)?.groups;
    if (!g) continue;
    const day = calendarDayOf(Number(g.y), Number(g.m), Number(g.d));
    if (day) return day;
  }
  return null;
}
