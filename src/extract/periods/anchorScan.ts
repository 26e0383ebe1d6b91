// Scanning a text with a period pattern only where a match can be.
//
// Most period patterns open with optional words (`今年`, `2023年`) and lookbehinds, so the regex
// engine cannot skip ahead to a likely start: a global scan tries every position of the text. But
// every match holds one word of each of the parser's `needs` lists (月 of 11月, 季度 of 一季度), and
// no match is longer than the pattern allows. So a match starts at most `reach` characters before
// an occurrence of the first character of such a word (its anchor): the scan tries only those
// starts, with a sticky copy of the pattern led by a lazy skip of 0..reach characters. It finds the
// same matches, in the same order, as the global scan: the leftmost match at or after the position
// reached (see `scanNear`). Lookbehinds still see the whole text.
import { firstUnitsOf, maxMatchLength } from './regexShape.js';

/** A pattern ready to be tried near its anchors. */
export interface AnchoredPattern {
  /** `([\s\S]{0,reach}?)(?:pattern)`, sticky: the leftmost match within reach of lastIndex. */
  sticky: RegExp;
  /** How far before its anchor a match can start: the longest match, less one. */
  reach: number;
}

/**
 * Per list of needed words (each match holds one word of each): the first characters of its words,
 * as a set's key. Empty lists need nothing (their part of the pattern is an empty alternation).
 */
export function anchorSetsOf(needs: string[][] | undefined): string[] {
  return (needs ?? []).filter((list) => list.some(Boolean)).map(firstCharsOf);
}

/**
 * The anchored form of a pattern with these anchor sets, or null when it is better scanned whole:
 * it opens with known characters (今年, 截至: the engine skips to those by itself, faster than a try
 * per anchor), it is unbounded (or written in syntax regexShape.ts does not read), its flags are
 * ones that reading does not cover (u, v, i), or it has no anchor set.
 */
export function anchoredPattern(pattern: RegExp, anchorSets: string[]): AnchoredPattern | null {
  if (anchorSets.length === 0 || firstUnitsOf(pattern.source) !== null) return null;
  // Lengths are read in UTF-16 units of non-unicode patterns, anchors matched case by case.
  if (/[uvi]/.test(pattern.flags)) return null;
  const longest = maxMatchLength(pattern.source);
  if (!Number.isFinite(longest) || longest < 1) return null;
  const reach = longest - 1;
  const flags = pattern.flags.replace(/[gy]/g, '') + 'y';
  return { sticky: new RegExp(`([\\s\\S]{0,${reach}}?)(?:${pattern.source})`, flags), reach };
}

/** The distinct first characters of the words (empty words dropped), sorted: one set's key. */
export function firstCharsOf(words: string[]): string {
  return [...new Set(words.filter(Boolean).map((w) => w[0]))].sort().join('');
}

/** The distinct characters of some sets, and which of them each set holds. */
export interface PresenceIndex {
  chars: string[];
  /** Per set: indexes in `chars`. */
  charsOf: number[][];
}

export function presenceIndex(sets: string[]): PresenceIndex {
  const chars = [...new Set(sets.join(''))];
  return { chars, charsOf: sets.map((set) => [...set].map((c) => chars.indexOf(c))) };
}

/**
 * Per set: whether the text holds one of its characters. A set that is not in the text rules out
 * its parser before any scan; indexOf per character, not a pass over the text in JS, so a text
 * with none of them (a megabyte of digits) costs next to nothing.
 */
export function setsPresent(text: string, index: PresenceIndex): boolean[] {
  // Push loops, not map(): an optimized map() returns holey arrays, and the code reading these,
  // optimized on packed ones, deoptimized (wrong map).
  const seen: boolean[] = [];
  for (let c = 0; c < index.chars.length; c++) seen.push(text.includes(index.chars[c]));
  const out: boolean[] = [];
  for (const ids of index.charsOf) out.push(ids.some((i) => seen[i]));
  return out;
}

/** Which sets each character is in, for finding all sets' positions in one pass. */
export interface AnchorIndex {
  sets: string[];
  /** Per UTF-16 code unit: 1 + its entry in `setsOf`, or 0 when it is in no set. */
  entryOf: Uint16Array;
  /** Per entry: the indexes of the sets holding that character. */
  setsOf: number[][];
}

export function anchorIndex(sets: string[]): AnchorIndex {
  const entryOf = new Uint16Array(0x10000);
  const setsOf: number[][] = [];
  sets.forEach((set, i) => {
    for (let j = 0; j < set.length; j++) {
      const code = set.charCodeAt(j);
      if (entryOf[code] === 0) entryOf[code] = setsOf.push([]);
      setsOf[entryOf[code] - 1].push(i);
    }
  });
  return { sets, entryOf, setsOf };
}

/**
 * Where the characters of each set occur in the text, ascending: one pass over the text for all
 * sets (a character may be in several sets), with a table lookup per character.
 */
export function anchorPositions(text: string, index: AnchorIndex): number[][] {
  // a push loop, not map(): see setsPresent
  const out: number[][] = [];
  for (let i = 0; i < index.sets.length; i++) out.push([]);
  const { entryOf, setsOf } = index;
  for (let at = 0; at < text.length; at++) {
    const entry = entryOf[text.charCodeAt(at)];
    if (entry === 0) continue;
    const ids = setsOf[entry - 1];
    for (let j = 0; j < ids.length; j++) out[ids[j]].push(at);
  }
  return out;
}

/**
 * Every match of the pattern that a global scan (exec until null, stepping over empty matches)
 * would give, given the ascending positions of one of its anchor sets.
 *
 * Why the same: at `pos` (where the global scan's next search starts), the leftmost match at or
 * after pos holds an anchor at or after pos, so at or after `a`, the first such anchor; it starts
 * at most `reach` before that anchor, so at or after `a - reach`. The sticky try at
 * `from = max(pos, a - reach)` finds the leftmost match starting in [from, from + reach], which is
 * that match if it starts there; if none does, the search goes on from from + reach + 1.
 */
export function scanNear(
  text: string,
  p: AnchoredPattern,
  anchors: number[],
  visit: (m: RegExpExecArray, start: number, end: number) => void,
): void {
  const re = p.sticky;
  let pos = 0;
  for (let i = 0; i < anchors.length; ) {
    const a = anchors[i];
    if (a < pos) {
      i++;
      continue;
    }
    const from = Math.max(pos, a - p.reach);
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) {
      pos = from + p.reach + 1;
      continue;
    }
    const start = from + m[1].length;
    const end = from + m[0].length;
    if (end > start) visit(m, start, end);
    pos = end > start ? end : start + 1;
  }
}

