// Whether a place names the subject of what follows, and if not, why: a destination (赴东湖区), a
// partner (与东湖区, and the list after it), a reference (按照我市…, 对标东湖区), a venue (在深圳举办),
// a predicate (是泰州市的), a place in brackets (中科星联(深圳)…) or inside a company, project or
// outlet name (郑州三纯新能源科技有限公司, 贵阳网). regionFor picks a figure's actor with it;
// findRegions weighs which of several same-name counties an article means with it. Every test
// reads a few characters around the place only.
import type { RegionWords } from './regionWords.js';

export type NotActorRole = 'destination' | 'partner' | 'reference' | 'venue' | 'predicate' | 'bracket' | 'name';

interface Span { start: number; end: number }

/** null when the place at span is an actor; else the role that makes it none. */
export function actorRole(text: string, m: Span, w: RegionWords): NotActorRole | null {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  if (/[(（]$/.test(before)) return 'bracket';
  const role = roleWordBefore(before, w) ?? roleOfList(text, m, w);
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
