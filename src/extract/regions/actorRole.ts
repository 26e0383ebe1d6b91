// Whether a place names the subject of what follows, and if not, why: a destination (赴东湖区), a
// partner (与东湖区, and the list after it), a reference (按照我市…, 对标东湖区), a venue (在深圳举办),
// a predicate (是泰州市的), a place in brackets (中科星联(深圳)…) or inside a company, project or
// outlet name (郑州三纯新能源科技有限公司, 贵阳网). A province in front (赴广东佛山) is passed over, and a
// place joined by 和/及 to one right after a role word shares its role (赴深圳和佛山). regionFor picks a figure's actor with it;
// findRegions weighs which of several same-name counties an article means with it. Every test
// reads a few characters around the place only.
import type { RegionWords } from './regionWords.js';
import { divisionTable } from './divisionTable.js';

export type NotActorRole = 'destination' | 'partner' | 'reference' | 'venue' | 'predicate' | 'bracket' | 'name';

interface Span { start: number; end: number }

/** null when the place at span is an actor; else the role that makes it none. */
export function actorRole(text: string, m: Span, w: RegionWords): NotActorRole | null {
  // 赴广东佛山: the province written in front of a place is passed over.
  const start = m.start - provinceBefore(text, m.start);
  const before = text.slice(Math.max(0, start - 4), start);
  if (/[(（]$/.test(before)) return 'bracket';
  const role = roleWordBefore(before, w) ?? roleOfList(text, m, w) ?? roleOfJoined(text, start, w);
  if (role) return role;
  return insideName(text, m, w) ? 'name' : null;
}

// 赴北京、上海、广东、天津等地: a list continues the role of its first member, named or not.
const LIST_RUN = /[\p{Script=Han}、]{1,30}$/u;

function roleOfList(text: string, m: Span, w: RegionWords): NotActorRole | null {
  if (text[m.start - 1] !== '、') return null;
  const run = LIST_RUN.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[0] ?? '';
  const head = run.slice(0, run.indexOf('、'));
  const x = w.words.not_actor_before.find((x) => head.includes(x));
  return x === undefined ? null : roleOf(x, w);
}

// 赴深圳和佛山, 在长沙及深圳: a place joined by 和/及 to a place right after a role word shares its role.
const JOINED = /(?:以及|和|及)$/;
const JOIN_REACH = 8;

function roleOfJoined(text: string, start: number, w: RegionWords): NotActorRole | null {
  const join = JOINED.exec(text.slice(Math.max(0, start - 2), start))?.[0];
  if (!join) return null;
  const end = start - join.length;
  // The Han run before the join; the last role word in it must end at most a place's length before the join.
  const run = /\p{Script=Han}{1,20}$/u.exec(text.slice(Math.max(0, end - 20), end))?.[0] ?? '';
  let best: { at: number; x: string } | null = null;
  for (const x of w.words.not_actor_before) {
    const at = run.lastIndexOf(x);
    if (at >= 0 && (!best || at + x.length > best.at + best.x.length)) best = { at, x };
  }
  if (!best) return null;
  const gap = run.length - (best.at + best.x.length);
  return gap >= 2 && gap <= JOIN_REACH ? roleOf(best.x, w) : null;
}

let provinces: Set<string> | null = null;
let provinceMax = 0;

/** Length of a province's name or short form (广东省, 广东) ending right at `at`; 0 if none. */
function provinceBefore(text: string, at: number): number {
  if (!provinces) {
    provinces = new Set();
    for (const [name, ds] of divisionTable().byName) {
      if (!ds.some((d) => d.level === 'province')) continue;
      provinces.add(name);
      // 广东省 → 广东; 内蒙古自治区 → 内蒙古; 广西壮族自治区 → 广西.
      const short = name.replace(/(?:省|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, '');
      if (short.length >= 2) provinces.add(short);
    }
    for (const p of provinces) provinceMax = Math.max(provinceMax, p.length);
  }
  for (let l = Math.min(provinceMax, at); l >= 2; l--) if (provinces.has(text.slice(at - l, at))) return l;
  return 0;
}

/** The role of the longest not-actor word right before the place (a 了 after it is passed over). */
function roleWordBefore(before: string, w: RegionWords): NotActorRole | null {
  const trimmed = before.replace(/了$/, '');
  let best: string | null = null;
  for (const x of w.words.not_actor_before) if (trimmed.endsWith(x) && (best === null || x.length > best.length)) best = x;
  return best === null ? null : roleOf(best, w);
}

const roleOf = (x: string, w: RegionWords) => (w.values.not_actor_before.get(x) ?? 'reference') as NotActorRole;

/**
 * 郑州三纯新能源科技有限公司, 新华产业新城项目: the Han run after the mention, up to a stop word or a
 * subject's verb (全市共谋划…项目 is no name), holds a name's last word; or the run is a news
 * outlet's tail (贵阳网·).
 */
function insideName(text: string, m: Span, w: RegionWords): boolean {
  const run = /^[\p{Script=Han}()（）]{0,14}/u.exec(text.slice(m.end, m.end + 14))?.[0] ?? '';
  if (w.words.media_end.includes(run)) return true;
  let cut = run.length;
  for (const s of nameStopsOf(w)) {
    const at = run.indexOf(s);
    // A stop word that opens a name's last word (联合 in 联合会) does not end the name.
    if (at >= 0 && at < cut && !w.words.name_end.some((x) => x.length > s.length && run.startsWith(x, at))) cut = at;
  }
  const head = run.slice(0, cut);
  return w.words.name_end.some((x) => head.includes(x));
}

let nameStops: { w: RegionWords; words: string[] } | null = null;

/** Words that end the run a name could be in: zone stop words, then a subject's verbs. */
function nameStopsOf(w: RegionWords): string[] {
  if (nameStops?.w !== w) nameStops = { w, words: [...w.words.zone_stop, ...w.words.actor_verb] };
  return nameStops.words;
}
