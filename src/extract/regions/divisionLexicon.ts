// Written forms of divisions, indexed by first character for a linear scan: every full name
// (平顶山市, 新华区, 河南省) and the short form of a prefecture-level city (平顶山, 郑州) when no
// other division outside that city has the same short form and it is not a common word
// (short_stop: 中山路, 日照时间). County short forms (惠济) are added per article, only when the
// article names the county in full (findRegions.ts).
import { divisionTable, type Division } from './divisionTable.js';
import type { RegionWords } from './regionWords.js';

export interface LexEntry {
  form: string;
  divisions: Division[];
  short: boolean;
}

export interface DivisionLexicon {
  byFirstChar: Map<string, LexEntry[]>;
  /**
   * The same lists keyed by their first two UTF-16 code units (`pairKey`), longest first: a scan
   * looks up one pair per position instead of trying every form that shares the first character.
   * Forms of one code unit (none in the tables, possibly in --rules rows) are in `byOneChar`.
   */
  byFirstPair: Map<number, LexEntry[]>;
  byOneChar: Map<number, LexEntry[]>;
  /** Bit c set for each code unit c that starts some form: most positions of a text are ruled out by one read. */
  starts: Uint8Array;
  /**
   * Bit pairHash(a, b) set for the first two code units a, b of each form. A third of a text's
   * characters start some form, but few of their pairs do: this rules most out before the map is
   * asked. Both are bitsets of 8 KB, not byte tables of 64 KB: they stay in cache between the
   * other stages' work on the same article.
   */
  pairs: Uint8Array;
  /** Every form. */
  forms: Set<string>;
}

/**
 * Key of the code units a, b: one 32-bit integer, no string built (a small integer to the maps,
 * where a * 0x10000 + b would be a heap number above 2^31).
 */
export function pairKey(a: number, b: number): number {
  return (a << 16) | b;
}

/** A hash of the pair a, b into pairs (collisions only cost a map lookup that finds nothing). */
export function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

const BITSET_BYTES = 0x10000 >> 3;
const hasBit = (bits: Uint8Array, i: number) => (bits[i >> 3] & (1 << (i & 7))) !== 0;
const setBit = (bits: Uint8Array, i: number) => {
  bits[i >> 3] |= 1 << (i & 7);
};

/** Whether some form starts with code unit a. */
export function startsForm(lex: DivisionLexicon, a: number): boolean {
  return hasBit(lex.starts, a);
}

/** Whether some form may start with the code units a, b (false: none does). */
export function mayStartPair(lex: DivisionLexicon, a: number, b: number): boolean {
  return hasBit(lex.pairs, pairHash(a, b));
}

// Suffixes that a short form drops: 平顶山市 → 平顶山, 河南省 → 河南, 鲁山县 → 鲁山.
const SUFFIX = /(?:省|市|县|区|旗)$/;

/** 平顶山市 → 平顶山; null when nothing of at least two characters is left. */
export function shortFormOf(name: string): string | null {
  if (!SUFFIX.test(name)) return null;
  const stem = name.slice(0, -1);
  return stem.length >= 2 ? stem : null;
}

let cache: { rows: unknown; lexicon: DivisionLexicon } | null = null;

export function divisionLexicon(words: RegionWords): DivisionLexicon {
  if (cache?.rows === words.rows) return cache.lexicon;
  const dt = divisionTable();
  const entries: LexEntry[] = [];
  const stems = new Map<string, Division[]>();
  const byName = new Map(dt.byName);
  for (const [name, provinceName] of words.values.extra_division) {
    if (byName.has(name)) continue;
    const province = dt.byName.get(provinceName)?.[0] ?? null;
    byName.set(name, [{ code: null, name, level: name.endsWith('市') ? 'city' : 'county', city: null, province }]);
  }
  for (const [name, divisions] of byName) {
    entries.push({ form: name, divisions, short: false });
    const stem = shortFormOf(name);
    if (stem) for (const d of divisions) stems.set(stem, [...(stems.get(stem) ?? []), d]);
  }
  const stop = new Set(words.words.short_stop);
  for (const [stem, divisions] of stems) {
    const cities = divisions.filter((d) => d.level === 'city');
    if (cities.length !== 1 || stop.has(stem) || byName.has(stem)) continue;
    // 新乡 is 新乡市 even though 新乡县 exists: a county inside the city does not compete with it.
    const others = divisions.filter((d) => d !== cities[0] && d.city !== cities[0]);
    if (others.length === 0) entries.push({ form: stem, divisions: cities, short: true });
  }
  const byFirstChar = new Map<string, LexEntry[]>();
  for (const e of entries) {
    const list = byFirstChar.get(e.form[0]) ?? [];
    list.push(e);
    byFirstChar.set(e.form[0], list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);
  // Built from the sorted lists, so each keeps their order (longest first, ties as before).
  const byFirstPair = new Map<number, LexEntry[]>();
  const byOneChar = new Map<number, LexEntry[]>();
  const starts = new Uint8Array(BITSET_BYTES);
  const pairs = new Uint8Array(BITSET_BYTES);
  for (const list of byFirstChar.values()) {
    for (const e of list) {
      const a = e.form.charCodeAt(0);
      setBit(starts, a);
      if (e.form.length >= 2) setBit(pairs, pairHash(a, e.form.charCodeAt(1)));
      const key = e.form.length >= 2 ? pairKey(a, e.form.charCodeAt(1)) : a;
      const into = e.form.length >= 2 ? byFirstPair : byOneChar;
      const l = into.get(key) ?? [];
      l.push(e);
      into.set(key, l);
    }
  }
  const lexicon = { byFirstChar, byFirstPair, byOneChar, starts, pairs, forms: new Set(entries.map((e) => e.form)) };
  cache = { rows: words.rows, lexicon };
  return lexicon;
}
