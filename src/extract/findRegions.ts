// Place names and anaphors (全市, 该区) → RegionMention[] (SCHEMA `region`, `adcode`).
//  - divisions: full names from the GB/T 2260 tables and safe short city forms (divisionLexicon.ts),
//    plus the short form of a county the article names in full (惠济区 … 走进惠济);
//  - a county named in several cities (新华区) takes the city the article's title, lead and actors
//    point to (平顶山; regions/sameName.ts), else it stays as written with no adcode; adjacent names
//    merge (河南省平顶山市新华区 → 平顶山市新华区), and such a written-out name is its own mention;
//  - development zones named as actors (贵安新区, 平顶山尼龙新材料产业集聚区): level 'zone', no adcode; a
//    name that begins with its city (大同经济技术开发区, 包头稀土高新技术产业开发区) is one zone as written,
//    and its aliases take that name: one declared in brackets (（以下简称稀土高新区）), a shorter name
//    only it ends with (稀土高新区), and a bare 高新区/经开区 when the article has one zone of that kind;
//  - anaphors (全市, 我区, 该区, 新区): level 'anaphor', resolved per figure by regionFor.
import type { RegionMention } from '../model.js';
import { alternationOf } from '../rules/ruleTables.js';
import { divisionLexicon, mayStartPair, pairKey, shortFormOf, startsForm, type DivisionLexicon, type LexEntry } from './regions/divisionLexicon.js';
import { divisionTable, type Division } from './regions/divisionTable.js';
import { loadRegionWords, type RegionWords } from './regions/regionWords.js';
import { isHanUnit } from './regions/han.js';
import { sameNameChooser, type ArticlePart } from './regions/sameName.js';
import { matchesOf } from './textLayout.js';

interface RawDivision {
  start: number;
  end: number;
  candidates: Division[];
  short: boolean;
}

// Whether the code unit at i is Han (false outside the text, as for text[-1]).
const isHanAt = (text: string, i: number) => i >= 0 && i < text.length && isHanUnit(text.charCodeAt(i));

interface Compiled {
  rows: unknown;
  zoneSuffix: RegExp;
  anaphor: RegExp;
  block: RegExp;
  zoneStop: string[];
  zoneSuffixes: string[];
  /** Short zone suffix → its long form: 经开区 → 经济技术开发区. */
  zoneLongForms: Map<string, string>;
  /** The one_char_stem_before characters (code units). */
  oneCharBefore: Set<number>;
  shortStop: Set<string>;
  /** Every written form a place may take (full names and stems, ambiguous ones too): a stop word inside one (大同, 个旧) cuts no zone name. */
  /** Place forms by each pair of adjacent characters in them, with the pair's offset in the form. */
  placeFormsByPair: Map<string, { form: string; at: number }[]>;
  /** Words that declare a zone's alias in brackets after it: 包头稀土高新技术产业开发区（以下简称稀土高新区）. */
  aliasIntro: RegExp;
}
let compiled: Compiled | null = null;

function compile(w: RegionWords): Compiled {
  if (compiled?.rows === w.rows) return compiled;
  const re = (words: string[]) => new RegExp(alternationOf(words) || '(?!)', 'g');
  compiled = {
    rows: w.rows,
    zoneSuffix: re(w.words.zone_suffix),
    anaphor: re(w.words.anaphor),
    block: re(w.words.block),
    zoneStop: w.words.zone_stop,
    zoneSuffixes: w.words.zone_suffix,
    zoneLongForms: new Map([...w.values.zone_suffix].filter(([, long]) => !!long)),
    oneCharBefore: new Set(w.words.one_char_stem_before.filter((c) => c.length === 1).map((c) => c.charCodeAt(0))),
    shortStop: new Set(w.words.short_stop),
    ...placeFormsOf(w),
    aliasIntro: new RegExp(`^[（(](?:${alternationOf(w.words.zone_alias) || '(?!)'})[“"‘']?$`),
  };
  return compiled;
}

/** Names and stems of every city and county (大同 of 大同市 though 大庆 has a 大同区), common words left out. */
function placeFormsOf(w: RegionWords): { placeFormsByPair: Map<string, { form: string; at: number }[]> } {
  const stop = new Set(w.words.short_stop);
  const forms = new Set<string>();
  for (const [name, ds] of divisionTable().byName) {
    if (!ds.some((d) => d.level !== 'province')) continue;
    const stem = shortFormOf(name);
    for (const f of [name, stem]) if (f && f.length >= 2 && !stop.has(f)) forms.add(f);
  }
  const byPair = new Map<string, { form: string; at: number }[]>();
  for (const form of forms) {
    for (let at = 0; at + 1 < form.length; at++) {
      const pair = form.slice(at, at + 2);
      const list = byPair.get(pair) ?? [];
      list.push({ form, at });
      byPair.set(pair, list);
    }
  }
  return { placeFormsByPair: byPair };
}

/**
 * The places and anaphors of an article's text (offsets into it). With the title, a county name that
 * several cities have (朝阳区) is resolved with the title's evidence too (sameName.ts).
 */
export function findRegions(text: string, title: string | null = null): RegionMention[] {
  return articleRegions(text, title).body;
}

/** The places of an article's title (offsets into the title), same-name counties resolved as in its text. */
export function findTitleRegions(title: string, text: string): RegionMention[] {
  return articleRegions(text, title).title;
}

// mainRegion asks for the title's places right after the pipeline asked for the text's: one article is kept.
let last: { text: string; title: string | null; words: RegionWords; body: RegionMention[]; title_: RegionMention[] } | null = null;

function articleRegions(text: string, title: string | null): { body: RegionMention[]; title: RegionMention[] } {
  const words = loadRegionWords();
  if (last && last.words === words && last.text === text && last.title === title) return { body: copyOf(last.body), title: copyOf(last.title_) };
  const k = compile(words);
  const places = placesIn(text, words, k);
  const titlePlaces = title ? placesIn(title, words, k) : [];
  const parts: ArticlePart[] = [{ text, places, lead: leadEnd(text) }];
  if (title) parts.push({ text: title, places: titlePlaces, lead: 'title' });
  const choose = sameNameChooser(parts, words);
  const body = mentionsIn(text, places, k, words, choose);
  const inTitle = title ? mentionsIn(title, titlePlaces, k, words, choose) : [];
  last = { text, title, words, body, title_: inTitle };
  return { body: copyOf(body), title: copyOf(inTitle) };
}

/** Divisions named in a text, adjacent ones merged (河南省平顶山市新华区 is one). */
function placesIn(text: string, words: RegionWords, k: Compiled): RawDivision[] {
  const blocked = matchesOf(text, k.block);
  const raw = divisionMatches(text, divisionLexicon(words), k, blocked);
  raw.push(...countyShortForms(text, raw, words, k).filter((r) => !isBlocked(r, blocked)));
  raw.sort((a, b) => a.start - b.start);
  return mergeAdjacent(text, raw);
}

function mentionsIn(
  text: string, places: RawDivision[], k: Compiled, words: RegionWords, choose: (candidates: Division[]) => Division | null,
): RegionMention[] {
  // Lists built by push loops, not map() and spreads: once those are optimized they return holey
  // arrays, and the searches here and in regionFor, optimized on the packed arrays of the first
  // articles, deoptimized on them (wrong map).
  const divisions: RegionMention[] = [];
  for (const r of places) divisions.push(divisionMention(text, r, choose(r.candidates)));
  // The zone suffixes are found once: zones are named by them, and anaphors inside them are none.
  const suffixes = matchesOf(text, k.zoneSuffix);
  const zones = zoneMentions(text, k, divisions, suffixes);
  const all: RegionMention[] = [];
  for (const d of outside(divisions, zones)) all.push(d);
  for (const z of zones) all.push(z);
  // the divisions and zones, taken before the anaphors are looked for
  const anaphors = anaphorMentions(text, k, words, all, suffixes);
  for (const a of anaphors) all.push(a);
  return all.sort((a, b) => a.start - b.start);
}

/** A packed copy (see mentionsIn). */
function copyOf<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of list) out.push(x);
  return out;
}

// The lead: the first two non-empty lines (regionFor's mainRegion weighs the same paragraphs).
const LEAD_LINES = 2;

function leadEnd(text: string): number {
  let lines = 0;
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(from, end).trim() && ++lines === LEAD_LINES) return end;
    from = end + 1;
  }
  return text.length;
}

type Span = { start: number; end: number };
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

// Overlap tests look only at the spans near the one asked about: lists sorted by start whose spans
// do not overlap (so their ends ascend too) are searched by bisection, and a bitmap of taken code
// units serves lists that grow as they are built. A text costs mentions × log(mentions), not
// mentions × mentions.

/** Index of the first span of a sorted disjoint list that ends after `at` (spans.length if none). */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some span of a sorted disjoint list overlaps `span` and passes the test. */
function anyOverlapping<T extends Span>(spans: readonly T[], span: Span, test?: (x: T) => boolean): boolean {
  for (let i = firstEndingAfter(spans, span.start); i < spans.length && spans[i].start < span.end; i++) {
    if (!test || test(spans[i])) return true;
  }
  return false;
}

/** Code units covered by some span: marks and tests in time proportional to the span's length. */
class Taken {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length);
  }
  mark(s: Span): void {
    this.bits.fill(1, s.start, s.end);
  }
  any(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.bits[i]) return true;
    return false;
  }
}

/** The mentions of a sorted disjoint list that lie inside none of the zones (sorted, disjoint). */
function outside(mentions: RegionMention[], zones: RegionMention[]): RegionMention[] {
  return mentions.filter((d) => !anyOverlapping(zones, d, (z) => inside(d, z)));
}

/** Longest lexicon form at each position, left to right, skipping blocked words (城区, 示范县). */
function divisionMatches(text: string, lex: DivisionLexicon, k: Compiled, blocked: Span[]): RawDivision[] {
  const out: RawDivision[] = [];
  const hasOneChar = lex.byOneChar.size > 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const a = text.charCodeAt(i);
    if (!startsForm(lex, a)) continue;
    // Forms of two or more code units that start with the pair at i (longest first), then those of one.
    let e: LexEntry | undefined;
    if (i + 1 < n) {
      const b = text.charCodeAt(i + 1);
      const list = mayStartPair(lex, a, b) ? lex.byFirstPair.get(pairKey(a, b)) : undefined;
      if (list) {
        for (const x of list) {
          if ((x.form.length === 2 || text.startsWith(x.form, i)) && acceptsAt(text, x, i, k)) {
            e = x;
            break;
          }
        }
      }
    }
    if (!e && hasOneChar) e = lex.byOneChar.get(a)?.find((x) => acceptsAt(text, x, i, k));
    if (!e) continue;
    const end = i + e.form.length;
    if (isBlocked({ start: i, end }, blocked)) continue;
    out.push({ start: i, end, candidates: e.divisions, short: e.short });
    i = end - 1;
  }
  return out;
}

/** 新县城 hides 新县, 城区 is no place, 新华社 is no 新华; but 东区 inside 卫东区 leaves 卫东区 alone. */
function isBlocked(span: Span, blocked: Span[]): boolean {
  return anyOverlapping(blocked, span, (b) => !(inside(b, span) && b.end - b.start < span.end - span.start));
}

/** 叶县, 新县, 高县: two-character names only after a non-Han character or a listed one (在叶县). */
function acceptsAt(text: string, e: LexEntry, i: number, k: Compiled): boolean {
  if (e.short || e.form.length > 2 || i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return !isHanUnit(before) || k.oneCharBefore.has(before);
}

/** 惠济 after 惠济区 was named: the short form of a county the article names in full. */
function countyShortForms(text: string, raw: RawDivision[], w: RegionWords, k: Compiled): RawDivision[] {
  const stop = k.shortStop;
  const { forms } = divisionLexicon(w);
  const out: RawDivision[] = [];
  const seen = new Set<string>();
  let taken: Taken | null = null;
  for (const r of raw) {
    const d = r.candidates[0];
    if (d.level !== 'county' || r.short) continue;
    const stem = shortFormOf(d.name);
    if (!stem || stop.has(stem) || seen.has(stem)) continue;
    // Not when the stem is itself a name or the short form of a city (吉林, 新乡).
    if (forms.has(stem)) continue;
    seen.add(stem);
    if (!taken) {
      taken = new Taken(text.length);
      for (const x of raw) taken.mark(x);
    }
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      // a literal, not { ...span, … }: a spread made raw divisions of another hidden class, and
      // mentionsIn's map over them deoptimized (wrong map)
      const found: RawDivision = { start: at, end: at + stem.length, candidates: r.candidates, short: true };
      if (taken.any(found)) continue;
      taken.mark(found);
      out.push(found);
    }
  }
  return out;
}

/** 河南省平顶山市 → one city mention; 平顶山市新华区 → one county mention in that city. */
function mergeAdjacent(text: string, raw: RawDivision[]): RawDivision[] {
  const out: RawDivision[] = [];
  for (const r of raw) {
    const prev = out[out.length - 1];
    if (prev && prev.end === r.start) {
      const within = r.candidates.filter((d) => prev.candidates.some((p) => d.city === p || d.province === p));
      if (within.length > 0) {
        out[out.length - 1] = { start: prev.start, end: r.end, candidates: within, short: false };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/** Fullest form: 平顶山市新华区 (never the province in front); a county the province governs directly stays alone. */
export function fullNameOf(d: Division): string {
  if (d.level === 'county' && d.city) return d.city.name + d.name;
  return d.name;
}

// Every mention is made here, with all keys in one order (city and refers undefined when they do
// not apply): mentions with and without a city or a refers key were objects of three hidden
// classes, and each new one met by optimized code (the overlap bisection, regionFor, sameName)
// deoptimized it. A spread of a shared base per mention cost more than the rest of the mention.
function regionMention(
  start: number, end: number, text: string, name: string, adcode: string | null, level: RegionMention['level'],
  city: RegionMention['city'], refers: RegionMention['refers'],
): RegionMention {
  return { start, end, text, name, adcode, level, city, refers };
}

function divisionMention(text: string, r: RawDivision, d: Division | null): RegionMention {
  const written = text.slice(r.start, r.end);
  if (!d) {
    const first = r.candidates[0];
    return regionMention(r.start, r.end, written, r.short ? first.name : written, null, first.level, undefined, undefined);
  }
  const city = d.level === 'county' && d.city ? { name: d.city.name, adcode: d.city.code } : undefined;
  return regionMention(r.start, r.end, written, fullNameOf(d), d.code, d.level, city, undefined);
}

/**
 * Zones: a zone suffix (新区, 产业集聚区, 高新区) with the Han run before it as the name, cut at the
 * last stop word (在, 与, 赴, 推动 …): "推动贵安新区" → 贵安新区. Names of one character or none
 * (新区, 全区) are left to the anaphors; a zone that is a division (浦东新区) stays a division.
 */
function zoneMentions(text: string, k: Compiled, divisions: RegionMention[], suffixes: Span[]): RegionMention[] {
  const out: RegionMention[] = [];
  // Bare suffixes (高新区, 经开区) with no name of their own: resolved below once all named zones are known.
  const bare: Span[] = [];
  for (const suffix of suffixes) {
    const s = suffix.start;
    const e = suffix.end;
    if (anyOverlapping(divisions, suffix, (d) => d.end >= e)) continue;
    let from = s;
    while (from > 0 && s - from < 14 && (isHanAt(text, from - 1) || '()（）'.includes(text[from - 1]))) from--;
    from = cutAtStop(text, from, s, k);
    // An alias in brackets after another name (烟台经济技术开发区（黄渤海新区）) starts after its
    // unclosed bracket: "(河南)自贸区" keeps its closed one.
    from = afterUnclosedBracket(text, from, s);
    // A name may open with a bracket only if it closes inside: "(河南)自贸区" is fine, ")新区" is not.
    while (from < s && '()（）'.includes(text[from])) from++;
    if (out.length && out[out.length - 1].end > from) continue;
    if (s - from < 2) {
      if (e - s >= 3) bare.push({ start: s, end: e });
      continue;
    }
    const asWritten = text.slice(from, e);
    out.push(regionMention(from, e, asWritten, asWritten, null, 'zone', undefined, undefined));
  }
  if (out.length === 0) return out;
  // Names the article gives its zones: as written, or the long form of a short suffix (南昌经开区 →
  // 南昌经济技术开发区) when the article writes it, alone or after the city (包头稀土高新技术产业开发区).
  // A long form is written when some zone's written name ends with it: its tails, filed once (no
  // search of the whole text per name: a megabyte of distinct zones would make that quadratic).
  const longSuffixes = [...new Set(k.zoneLongForms.values())];
  const writtenTails = new Set<string>();
  for (const t of new Set(out.map((z) => z.text))) {
    const long = longSuffixes.find((x) => t.endsWith(x));
    if (long) for (let i = 0; i + long.length < t.length; i++) writtenTails.add(t.slice(i));
  }
  const writes = (name: string) => writtenTails.has(name);
  for (const z of out) {
    const suffix = suffixOf(z.text, k);
    const long = suffix ? k.zoneLongForms.get(suffix) : undefined;
    const longName = long ? z.text.slice(0, -suffix!.length) + long : null;
    if (longName && writes(longName)) z.name = longName;
  }
  // 稀土高新区 in an article about 包头稀土高新技术产业开发区: the one fuller zone name that ends with it.
  // Every name is filed under each of its proper tails, so this is linear in the zones named.
  const names = new Set(out.map((z) => z.name));
  const byTail = new Map<string, Set<string>>();
  for (const n of names) {
    for (let i = 1; i < n.length - 1; i++) {
      const tail = n.slice(i);
      const set = byTail.get(tail) ?? new Set<string>();
      if (set.size < 2) set.add(n);
      byTail.set(tail, set);
    }
  }
  const fuller = new Map<string, string>();
  for (const n of names) {
    const longer = byTail.get(n);
    if (longer?.size === 1) fuller.set(n, [...longer][0]);
  }
  // Aliases declared in brackets: X（以下简称Y）, then Y anywhere is X.
  const alias = new Map<string, string>();
  for (let i = 0; i + 1 < out.length; i++) {
    if (k.aliasIntro.test(text.slice(out[i].end, out[i + 1].start))) alias.set(out[i + 1].text, fuller.get(out[i].name) ?? out[i].name);
  }
  for (const z of out) z.name = alias.get(z.text) ?? fuller.get(z.name) ?? z.name;
  if (bare.length === 0) return out;
  // 该开发区 and 本示范区 are anaphors, not bare suffixes.
  const anaphors = matchesOf(text, k.anaphor);
  // A bare 高新区 (、高新区, 该区所在的高新区, （以下简称高新区）) is the article's one zone of that kind.
  // The article's zone names by the suffix words they end with (at most two kept: one is all that counts).
  const bySuffix = new Map<string, Set<string>>();
  for (const n of new Set(out.map((z) => z.name))) {
    for (const x of k.zoneSuffixes) {
      if (!n.endsWith(x)) continue;
      const set = bySuffix.get(x) ?? new Set<string>();
      if (set.size < 2) set.add(n);
      bySuffix.set(x, set);
    }
  }
  const zones = [...out];
  for (const b of bare) {
    const word = text.slice(b.start, b.end);
    const long = k.zoneLongForms.get(word);
    const fits = new Set([...(bySuffix.get(word) ?? []), ...(long ? bySuffix.get(long) ?? [] : [])]);
    if (fits.size !== 1 || anyOverlapping(out, b) || anyOverlapping(anaphors, b, (a) => inside(b, a))) continue;
    zones.push(regionMention(b.start, b.end, word, [...fits][0], null, 'zone', undefined, undefined));
  }
  return zones.sort((a, b) => a.start - b.start);
}

/** The zone suffix a zone's written name ends with (the longest). */
function suffixOf(written: string, k: Compiled): string | null {
  let best: string | null = null;
  for (const x of k.zoneSuffixes) if (written.endsWith(x) && (!best || x.length > best.length)) best = x;
  return best;
}

/** Just after the last opening bracket in [from, to) that is not closed before `to`; else from. */
function afterUnclosedBracket(text: string, from: number, to: number): number {
  let open = -1;
  for (let i = from; i < to; i++) {
    if (text[i] === '(' || text[i] === '（') open = i;
    else if (text[i] === ')' || text[i] === '）') open = -1;
  }
  return open >= 0 ? open + 1 : from;
}

/**
 * The start of a zone's name: just after the last stop word inside [from, to) that lies in no place
 * name (同 of 大同, 个 of 个旧 are part of the city the name begins with).
 */
function cutAtStop(text: string, from: number, to: number, k: Compiled): number {
  const run = text.slice(from, to);
  let cut = 0;
  for (const w of k.zoneStop) {
    for (let at = run.lastIndexOf(w); at >= 0 && at + w.length > cut; at = at > 0 ? run.lastIndexOf(w, at - 1) : -1) {
      if (!insidePlace(run, at, w.length, k)) {
        cut = at + w.length;
        break;
      }
    }
  }
  return from + cut;
}

/**
 * Whether some place form in run covers [at, at + len) and reaches past it on one side: then it
 * holds the pair of characters across the stop word's first or last edge, and is found by that pair.
 */
function insidePlace(run: string, at: number, len: number, k: Compiled): boolean {
  for (const q of [at - 1, at + len - 1]) {
    if (q < 0 || q + 1 >= run.length) continue;
    for (const x of k.placeFormsByPair.get(run.slice(q, q + 2)) ?? []) {
      const p = q - x.at;
      if (p >= 0 && p <= at && p + x.form.length >= at + len && run.startsWith(x.form, p)) return true;
    }
  }
  return false;
}

function anaphorMentions(text: string, k: Compiled, w: RegionWords, taken: RegionMention[], suffixes: Span[]): RegionMention[] {
  const out: RegionMention[] = [];
  let covered: Taken | null = null;
  const re = k.anaphor;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const span = { start: m.index, end: m.index + word.length };
    if (!covered) {
      covered = new Taken(text.length);
      for (const t of taken) covered.mark(t);
    }
    if (covered.any(span) || insideLongerSuffix(suffixes, span)) continue;
    const refers = w.values.anaphor.get(word) === 'nearest' ? 'nearest' : 'main';
    out.push(regionMention(span.start, span.end, word, word, null, 'anaphor', undefined, refers));
  }
  return out;
}

/** 、高新区 is a zone too generic to name, but its 新区 is no anaphor either. */
function insideLongerSuffix(suffixes: Span[], span: Span): boolean {
  for (let i = firstEndingAfter(suffixes, span.start); i < suffixes.length && suffixes[i].start < span.end; i++) {
    const x = suffixes[i];
    if (inside(span, x) && x.end - x.start > span.end - span.start) return true;
  }
  return false;
}
