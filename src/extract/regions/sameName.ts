// Which of several same-name counties (朝阳区: 北京 or 长春; 鼓楼区: 南京, 徐州, 福州 or 开封) an
// article means when it writes the name without its city. One choice per article and name: the
// article's own subject is named in its title and lead, so the evidence is weighed in tiers —
//   1. places named as actors in the title, 2. in the lead (first two paragraphs), 3. in the rest,
//   4. places named in any other role (a destination, partner, venue, comparison) anywhere;
// each tier only breaks the ties the tiers before it left. Within a tier a candidate scores for
//   its own full name (长春市朝阳区) or its city (长春, 长春市): 1 each; another county of that city
//   (长春市南关区) or its province (吉林省): 1/2; another place in that province (四平市): 1/4.
// So 北京市朝阳区 written out in a comparison or as a visit's destination does not take the bare
// 朝阳区 of an article about 长春; with no evidence at all the name stays without city (never a guess),
// and so it does when the article writes it right after a city or province that has no such county
// (邢台市桥西区, a name the tables no longer hold): then it means none of the candidates.
import type { Division } from './divisionTable.js';
import { actorRole } from './actorRole.js';
import type { RegionWords } from './regionWords.js';

/** A place found in a text: its span and the divisions its written form may stand for. */
export interface PlacedDivision {
  start: number;
  end: number;
  candidates: Division[];
}

/** A text the article consists of: its title (all of it is tier 1) or its body (lead then rest). */
export interface ArticlePart {
  text: string;
  places: PlacedDivision[];
  /** 'title', or the offset where the body's lead ends. */
  lead: 'title' | number;
}

const TIERS = 4;
const WEAK = 3;

/** Counts of places named, per tier: each division as named, and the cities and provinces they lie in. */
interface Evidence {
  exact: Map<Division, number>[];
  inCity: Map<Division, number>[];
  inProvince: Map<Division, number>[];
  /** Keys of candidate sets written right after a city or province that has none of them. */
  elsewhere: Set<string>;
}

const keyOf = (candidates: Division[]) => candidates.map((d) => d.code ?? d.name).join(',');

/** A chooser for the article: candidates of one written name → the one meant, or null. Memoized per candidate set. */
export function sameNameChooser(parts: ArticlePart[], w: RegionWords): (candidates: Division[]) => Division | null {
  let evidence: Evidence | null = null;
  const memo = new Map<string, Division | null>();
  return (candidates) => {
    if (candidates.length === 1) return candidates[0];
    const key = keyOf(candidates);
    let hit = memo.get(key);
    if (hit === undefined) {
      evidence ??= evidenceOf(parts, w);
      memo.set(key, (hit = evidence.elsewhere.has(key) ? null : choose(candidates, evidence)));
    }
    return hit;
  };
}

function evidenceOf(parts: ArticlePart[], w: RegionWords): Evidence {
  const maps = () => Array.from({ length: TIERS }, () => new Map<Division, number>());
  const ev: Evidence = { exact: maps(), inCity: maps(), inProvince: maps(), elsewhere: new Set() };
  const add = (m: Map<Division, number>, d: Division | null) => {
    if (d) m.set(d, (m.get(d) ?? 0) + 1);
  };
  for (const part of parts) {
    let prev: PlacedDivision | null = null;
    for (const p of part.places) {
      const before = prev;
      prev = p;
      if (p.candidates.length !== 1) {
        // 邢台市桥西区: had the city or province one of them, the two would have merged into one place.
        const level = before?.candidates.length === 1 ? before.candidates[0].level : null;
        if (before && before.end === p.start && (level === 'city' || level === 'province')) ev.elsewhere.add(keyOf(p.candidates));
        continue;
      }
      // Only places that are named unambiguously are evidence.
      const d = p.candidates[0];
      const role = actorRole(part.text, p, w);
      const tier = role !== null && role !== 'predicate' ? WEAK : part.lead === 'title' ? 0 : p.start < part.lead ? 1 : 2;
      add(ev.exact[tier], d);
      if (d.level === 'county') add(ev.inCity[tier], d.city);
      if (d.level !== 'province') add(ev.inProvince[tier], d.province);
    }
  }
  return ev;
}

function scoreIn(ev: Evidence, tier: number, d: Division): number {
  const n = (m: Map<Division, number>[], x: Division | null) => (x ? m[tier].get(x) ?? 0 : 0);
  const own = n(ev.exact, d);
  let score = own;
  if (d.city) {
    score += n(ev.exact, d.city) + (n(ev.inCity, d.city) - own) / 2;
  }
  // A municipality is its own province (北京市朝阳区): its city already counted.
  if (d.province && d.province !== d.city) {
    const inCityToo = d.city ? n(ev.exact, d.city) + n(ev.inCity, d.city) : own;
    score += n(ev.exact, d.province) / 2 + (n(ev.inProvince, d.province) - inCityToo) / 4;
  }
  return score;
}

function choose(candidates: Division[], ev: Evidence): Division | null {
  let left = candidates;
  for (let tier = 0; tier < TIERS && left.length > 1; tier++) {
    // A loop, not Math.max(...scores): scores are whole or halves/quarters, so the array's element
    // kind (small integers or doubles) varied and the spread deoptimized choose() on a new one.
    const scores: number[] = [];
    let best = -Infinity;
    for (const d of left) {
      const sc = scoreIn(ev, tier, d);
      scores.push(sc);
      if (sc > best) best = sc;
    }
    if (best > 0) left = left.filter((_, i) => scores[i] === best);
  }
  return left.length === 1 ? left[0] : null;
}
