// Which area a figure is about (SCHEMA `region`, `adcode`): the actor named in its sentence
// (nearest before the figure; after 鲁山县、叶县分别…12个、8个 the area of the same rank), else the nearest actor before it in its paragraph (not the main
// area's own city), else the article's main area. Not actors: a destination (赴/到/走进 X), a venue
// (在深圳举办), a partner (与/同 X, and the list that follows it: 与浦东新区、滇中新区), a predicate
// (是泰州市的), a place inside brackets (中科星联(深圳)…) or inside a company or project name
// (郑州三纯新能源科技有限公司, 新华产业新城项目). Anaphors resolve: 全市/我区 → the main
// area (全市 in a district's article → its city); 该区/新区 → the nearest compatible actor before
// it in the paragraph, else the main area.
import type { RegionMention } from '../model.js';
import { spanAt, type Span, type TextLayout } from '../extract/textLayout.js';
import { findTitleRegions } from '../extract/findRegions.js';
import { loadRegionWords, type RegionWords } from '../extract/regions/regionWords.js';
import { actorRole } from '../extract/regions/actorRole.js';

export interface RegionChoice {
  name: string | null;
  adcode: string | null;
  /** The mention that decided it (for --explain), if any. */
  via: RegionMention | null;
}

const TITLE_WEIGHT = 4;
const LEAD_WEIGHT = 2;
const LEAD_PARAGRAPHS = 2;

/** The article's main region, from its title and lead: the most weighted named area (title ×4, first paragraphs ×2). */
export function mainRegion(title: string | null, layout: TextLayout, regions: RegionMention[]): RegionMention | null {
  const words = loadRegionWords();
  const lead = layout.paragraphs.slice(0, LEAD_PARAGRAPHS);
  const leadEnd = lead.length ? lead[lead.length - 1].end : 0;
  const scores = new Map<string, { score: number; first: RegionMention; order: number }>();
  const count = (m: RegionMention, weight: number, order: number) => {
    const hit = scores.get(m.name);
    if (hit) hit.score += weight;
    else scores.set(m.name, { score: weight, first: m, order });
  };
  const named = (m: RegionMention) => m.level === 'city' || m.level === 'county' || m.level === 'zone';
  // Title mentions first; a county name several cities have is resolved with the whole article's evidence.
  for (const m of title ? findTitleRegions(title, layout.text) : []) {
    if (named(m) && isActor(title!, m, [], words)) count(m, TITLE_WEIGHT, -1);
  }
  const actors = actorsOf(layout.text, regions, words);
  regions.forEach((m, i) => {
    if (named(m) && actors.at(i)) count(m, m.start < leadEnd ? LEAD_WEIGHT : 1, i);
  });
  let best: { score: number; first: RegionMention; order: number } | null = null;
  for (const s of scores.values()) {
    if (!best || s.score > best.score || (s.score === best.score && s.order < best.order)) best = s;
  }
  if (!best) return null;
  // Prefer a body mention (its offsets point into the text) of the winning area.
  return regions.find((r) => r.name === best!.first.name) ?? best.first;
}

export function regionFor(layout: TextLayout, regions: RegionMention[], main: RegionMention | null, offset: number): RegionChoice {
  const words = loadRegionWords();
  const sentence = spanAt(layout.sentences, offset);
  const paragraph = spanAt(layout.paragraphs, offset);
  // Beyond the sentence, the main area's own city is background (海陵区是泰州市的主城区。…), not an actor.
  const notMainsCity = (m: RegionMention) => !(main?.city && m.adcode === main.city.adcode);
  const actor = (sentence && respectiveActor(layout, regions, words, sentence, offset))
    ?? (sentence && nearestActor(layout.text, regions, words, sentence, offset))
    ?? (paragraph && nearestActor(layout.text, regions, words, paragraph, offset, notMainsCity));
  if (!actor) return choice(main, main);
  return resolve(layout, regions, words, main, actor);
}

function choice(m: RegionMention | null, via: RegionMention | null): RegionChoice {
  return { name: m?.name ?? null, adcode: m?.adcode ?? null, via };
}

// Regions come sorted by start (findRegions): per figure, only those of its sentence or paragraph
// are looked at, found by binary search, and at most LOOK_BACK of them, so a document costs
// figures × LOOK_BACK at worst, not figures × mentions (a megabyte with no punctuation is one
// sentence). No article names that many areas between a figure and its actor.
const LOOK_BACK = 64;
// 分别 pairs a list with the figures right after it (鲁山县、叶县分别签约项目12个、8个): a figure
// further than this from the cue is not in its enumeration.
const RESPECTIVE_REACH = 200;

/** Index of the first mention that starts at or after `offset` (regions.length if none). */
function firstStartingAt(regions: RegionMention[], offset: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last actor mention (that `keep` accepts) that lies in span and starts before offset. */
function nearestActor(
  text: string, regions: RegionMention[], w: RegionWords, span: Span, offset: number, keep?: (m: RegionMention) => boolean,
): RegionMention | null {
  const last = firstStartingAt(regions, offset) - 1;
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    const m = regions[i];
    if (m.start < span.start) break;
    if (m.end <= span.end && m.level !== 'province' && (!keep || keep(m)) && actorAt(text, regions, w, i)) return m;
  }
  return null;
}

// Joins between areas of one list (鲁山县、叶县和宝丰县), and between figures of one enumeration.
const AREA_JOIN = /^(?:[、,，]|和|及|以及|与)$/;
const FIGURE_RUN_BREAK = /[，；;：:。！？!?]|,(?!\d)/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
// Between the list and 分别: nothing, or a few words with no punctuation (今年, 的签约项目).
const LIST_TO_CUE = /^[^\s\d，。；、,;:：！？]{0,10}$/;

/**
 * 鲁山县、叶县分别签约项目12个、8个: the n-th figure of the enumeration after 分别 takes the n-th area
 * of the list right before it (when the list is that long); else null.
 */
function respectiveActor(layout: TextLayout, regions: RegionMention[], w: RegionWords, sentence: Span, offset: number): RegionMention | null {
  const { text } = layout;
  // The last cue word inside [sentence.start, offset) (on a tie, the first word of the table).
  let cue = -1;
  let word = '';
  for (const [x, positions] of cuePositions(layout, w)) {
    const i = lastFitting(positions, offset - x.length);
    if (i >= sentence.start && i > cue) { cue = i; word = x; }
  }
  if (cue < 0 || offset - cue > RESPECTIVE_REACH) return null;
  // The list: actor areas ending right before the cue, joined by 、/和/及.
  const list: RegionMention[] = [];
  for (let i = firstStartingAt(regions, cue) - 1; i >= 0; i--) {
    const m = regions[i];
    if (m.start < sentence.start) break;
    if (m.end > cue) continue;
    const gap = text.slice(m.end, list.length ? list[0].start : cue);
    if (list.length ? !AREA_JOIN.test(gap) : !LIST_TO_CUE.test(gap)) break;
    if (m.level === 'anaphor' || !actorAt(text, regions, w, i)) break;
    list.unshift(m);
  }
  if (list.length < 2) return null;
  // The figure's place in its enumeration: numbers since the last clause break after the cue.
  const tail = text.slice(cue + word.length, offset);
  let runStart = 0;
  for (const b of tail.matchAll(FIGURE_RUN_BREAK)) runStart = b.index! + b[0].length;
  const n = tail.slice(runStart).match(NUMBER)?.length ?? 0;
  return n < list.length ? list[n] : null;
}

/** Where each `respectively` word occurs in the text (overlaps included), ascending; once per text. */
const cueCache = new WeakMap<TextLayout, { w: RegionWords; positions: [string, number[]][] }>();

function cuePositions(layout: TextLayout, w: RegionWords): [string, number[]][] {
  const hit = cueCache.get(layout);
  if (hit?.w === w) return hit.positions;
  const positions = w.words.respectively.map((x): [string, number[]] => {
    const at: number[] = [];
    if (x) for (let i = layout.text.indexOf(x); i >= 0; i = layout.text.indexOf(x, i + 1)) at.push(i);
    return [x, at];
  });
  cueCache.set(layout, { w, positions });
  return positions;
}

/** The largest position ≤ limit, or -1. */
function lastFitting(positions: number[], limit: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1] : -1;
}

function resolve(layout: TextLayout, regions: RegionMention[], w: RegionWords, main: RegionMention | null, m: RegionMention): RegionChoice {
  if (m.level !== 'anaphor') return choice(m, m);
  const kind = m.name.slice(-1); // 市, 区, 县: what the anaphor can stand for
  if (m.refers === 'nearest') {
    const paragraph = spanAt(layout.paragraphs, m.start);
    const last = firstStartingAt(regions, m.start) - 1;
    for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
      const r = regions[i];
      if (paragraph && r.start < paragraph.start) break;
      if (r.end > m.start) continue;
      if (r.level !== 'anaphor' && compatible(r, m.name) && actorAt(layout.text, regions, w, i)) return choice(r, m);
    }
    return choice(main, m);
  }
  // 全市 in a district's article is the district's city.
  if (kind === '市' && main?.level === 'county' && !main.name.endsWith('市') && main.city) {
    return { name: main.city.name, adcode: main.city.adcode, via: m };
  }
  return choice(main, m);
}

/** 该区 → a district or a zone named …区; 该县 → a county; 该市 → a city; 该新区/新区 → a 新区. */
function compatible(r: RegionMention, anaphor: string): boolean {
  const tail = anaphor.replace(/^该/, '');
  return r.name.endsWith(tail) || (tail === '市' && r.level === 'city');
}

/**
 * Whether a mention names the subject of what follows, not a destination, partner, bracketed
 * place or part of a company or project name.
 */
export function isActor(text: string, m: RegionMention, regions: RegionMention[], w: RegionWords): boolean {
  // The answer depends on the text, the mention and the words only: asked once per mention, not per figure.
  const hit = actorCache.get(m);
  if (hit && hit.text === text && hit.w === w) return hit.actor;
  const actor = isActorUncached(text, m, w);
  actorCache.set(m, { text, w, actor });
  return actor;
}

const actorCache = new WeakMap<RegionMention, { text: string; w: RegionWords; actor: boolean }>();

/** Whether regions[i] is an actor (isActor), answered once per list and index. */
function actorAt(text: string, regions: RegionMention[], w: RegionWords, i: number): boolean {
  return actorsOf(text, regions, w).at(i);
}

/** isActor for the mentions of one list, by index. */
interface Actors {
  at(i: number): boolean;
}

// A document's mentions are asked about once per figure and mention looked at: their answers are
// kept by index in one array per mention list (one cache lookup per figure, not per mention).
const listCache = new WeakMap<RegionMention[], { text: string; w: RegionWords; length: number; actors: Actors }>();

// The list asked about last: every figure of a document asks about the same one, so most asks
// end at this comparison, before any WeakMap lookup.
let lastList: { regions: RegionMention[]; text: string; w: RegionWords; length: number; actors: Actors } | null = null;

function actorsOf(text: string, regions: RegionMention[], w: RegionWords): Actors {
  const last = lastList;
  if (last && last.regions === regions && last.text === text && last.w === w && last.length === regions.length) return last.actors;
  const hit = listCache.get(regions);
  if (hit && hit.text === text && hit.w === w && hit.length === regions.length) {
    // a literal in the keys' order, not { regions, ...hit }: one hidden class for lastList
    lastList = { regions, text: hit.text, w: hit.w, length: hit.length, actors: hit.actors };
    return hit.actors;
  }
  // 0: not asked yet, 1: an actor, 2: not one.
  const known = new Uint8Array(regions.length);
  const actors: Actors = {
    at(i) {
      let k = known[i];
      if (k === 0) known[i] = k = isActorUncached(text, regions[i], w) ? 1 : 2;
      return k === 1;
    },
  };
  listCache.set(regions, { text, w, length: regions.length, actors });
  lastList = { regions, text, w, length: regions.length, actors };
  return actors;
}

function isActorUncached(text: string, m: RegionMention, w: RegionWords): boolean {
  return actorRole(text, m, w) === null;
}
