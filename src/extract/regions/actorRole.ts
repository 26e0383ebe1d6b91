// Whether a place names the subject of what follows, and if not, why: a destination (赴东湖区), a
// partner (与东湖区, and the list after it), a reference (按照我市…, 对标东湖区), a venue (在深圳举办),
// a predicate (是泰州市的), a place in brackets (中科星联(深圳)…) or inside a company, project or
// outlet name (郑州三纯新能源科技有限公司, 贵阳网). A province in front (赴广东佛山) is passed over, and a
// place joined by 和/及 to one right after a role word shares its role (赴深圳和佛山). regionFor picks a figure's actor with it;
// findRegions weighs which of several same-name counties an article means with it. Every test
// reads a few characters around the place only.
import type { RegionWords } from './regionWords.js';
import { divisionTable } from './divisionTable.js';
import { hanRunEnd, hanRunStart } from './han.js';
import { longestEndingAt, wordIndexOf, type WordIndex } from './wordIndex.js';

export type NotActorRole = 'destination' | 'partner' | 'reference' | 'venue' | 'predicate' | 'bracket' | 'name';

interface Span { start: number; end: number }

/** null when the place at span is an actor; else the role that makes it none. */
export function actorRole(text: string, m: Span, w: RegionWords): NotActorRole | null {
  const ix = indexesOf(w);
  // 赴广东佛山: the province written in front of a place is passed over.
  const start = m.start - provinceBefore(text, m.start);
  // The role words are read in the four characters before the place.
  const from = Math.max(0, start - 4);
  const last = start > from ? text.charCodeAt(start - 1) : -1;
  if (last === OPEN || last === OPEN_WIDE) return 'bracket';
  const role = roleWordBefore(text, from, start, ix, w) ?? roleOfList(text, m, w)
    ?? (last === HE || last === JI ? roleOfJoined(text, start, w) : null);
  if (role) return role;
  return insideName(text, m, ix) ? 'name' : null;
}

const OPEN = '('.charCodeAt(0);
const OPEN_WIDE = '（'.charCodeAt(0);
// Every join word (JOINED) ends in one of these two.
const HE = '和'.charCodeAt(0);
const JI = '及'.charCodeAt(0);
const LE = '了'.charCodeAt(0);
const NAME_RUN_EXTRA: ReadonlySet<number> = new Set([...'()（）'].map((c) => c.charCodeAt(0)));

/** The region words filed for lookups by character, built once per table load. */
interface Indexes {
  notActor: WordIndex;
  /** Words that end the run a name could be in: zone stop words, then a subject's verbs. */
  nameStops: WordIndex;
  nameEnd: WordIndex;
  mediaEnd: Set<string>;
}

let indexes: { w: RegionWords; ix: Indexes } | null = null;

function indexesOf(w: RegionWords): Indexes {
  if (indexes?.w === w) return indexes.ix;
  const ix: Indexes = {
    notActor: wordIndexOf(w.words.not_actor_before),
    nameStops: wordIndexOf([...w.words.zone_stop, ...w.words.actor_verb]),
    nameEnd: wordIndexOf(w.words.name_end),
    mediaEnd: new Set(w.words.media_end),
  };
  indexes = { w, ix };
  return ix;
}

// 赴北京、上海、广东、天津等地: a list continues the role of its first member, named or not.
// The list is the run of Han and 、 up to LIST_REACH characters before the place.
const LIST_REACH = 30;
const LIST_COMMA = '、'.charCodeAt(0);
const LIST_RUN_EXTRA: ReadonlySet<number> = new Set([LIST_COMMA]);

function roleOfList(text: string, m: Span, w: RegionWords): NotActorRole | null {
  if (m.start === 0 || text.charCodeAt(m.start - 1) !== LIST_COMMA) return null;
  const run = text.slice(hanRunStart(text, Math.max(0, m.start - LIST_REACH), m.start, LIST_RUN_EXTRA), m.start);
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
// The last code unit of each province form: most places follow none, and are passed at one read.
const provinceEnds = new Uint8Array(0x10000);

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
    for (const p of provinces) {
      provinceMax = Math.max(provinceMax, p.length);
      provinceEnds[p.charCodeAt(p.length - 1)] = 1;
    }
  }
  if (at === 0 || !provinceEnds[text.charCodeAt(at - 1)]) return 0;
  for (let l = Math.min(provinceMax, at); l >= 2; l--) if (provinces.has(text.slice(at - l, at))) return l;
  return 0;
}

/** The role of the longest not-actor word in [from, end) that ends it (a 了 after it is passed over). */
function roleWordBefore(text: string, from: number, end: number, ix: Indexes, w: RegionWords): NotActorRole | null {
  if (end > from && text.charCodeAt(end - 1) === LE) end--;
  const best = longestEndingAt(ix.notActor, text, from, end);
  return best === null ? null : roleOf(best, w);
}

const roleOf = (x: string, w: RegionWords) => (w.values.not_actor_before.get(x) ?? 'reference') as NotActorRole;

/**
 * 郑州三纯新能源科技有限公司, 新华产业新城项目: the Han run after the mention, up to a stop word or a
 * subject's verb (全市共谋划…项目 is no name), holds a name's last word; or the run is a news
 * outlet's tail (贵阳网·).
 */
function insideName(text: string, m: Span, ix: Indexes): boolean {
  const run = text.slice(m.end, hanRunEnd(text, m.end, Math.min(text.length, m.end + NAME_RUN), NAME_RUN_EXTRA));
  if (ix.mediaEnd.has(run)) return true;
  const cut = nameCut(run, ix);
  for (let p = 0; p < cut; p++) {
    for (const x of ix.nameEnd.byFirst.get(run.charCodeAt(p)) ?? []) if (p + x.length <= cut && run.startsWith(x, p)) return true;
  }
  return false;
}

// How far after a place a name's last word is looked for.
const NAME_RUN = 14;

/**
 * Where the run stops being a possible name: the first occurrence of a stop word, unless that
 * occurrence opens a name's last word (联合 in 联合会); a word whose first occurrence does is
 * passed over for good (its later ones do not count either).
 */
function nameCut(run: string, ix: Indexes): number {
  let passed: Set<string> | null = null;
  for (let p = 0; p < run.length; p++) {
    for (const s of ix.nameStops.byFirst.get(run.charCodeAt(p)) ?? []) {
      if (!run.startsWith(s, p) || passed?.has(s)) continue;
      if (!opensNameEnd(run, p, s, ix)) return p;
      (passed ??= new Set()).add(s);
    }
  }
  return run.length;
}

/** Whether a name's last word longer than the stop word s starts at p. */
function opensNameEnd(run: string, p: number, s: string, ix: Indexes): boolean {
  for (const x of ix.nameEnd.byFirst.get(run.charCodeAt(p)) ?? []) if (x.length > s.length && run.startsWith(x, p)) return true;
  return false;
}
