// Keyword matching for the labelling tables: every occurrence of every word, overlaps included,
// because the labeller weighs them (nearest, longest, measure-compatible) rather than letting
// the first alternative of one big regex win. 集中签约 and 签约活动 overlap in 集中签约活动: only
// the measure word (2次 vs 2个) can tell which one a number means.

import { CODE_SLOTS, codeAt } from '../extract/numbers/scanAt.js';

/** Characters that end a clause: a `…` gap never crosses them. */
const CLAUSE_BREAK = '，,；;：:。！？!?\\n';
/** A `…` gap: up to 30 characters of the same clause (lazy and bounded: no runaway backtracking). */
const GAP = `[^${CLAUSE_BREAK}]{0,30}?`;

export interface CuePattern<R> {
  row: R;
  word: string;
  /** Sticky matcher of the word at one position (`…` compiled to a bounded gap). */
  re: RegExp;
  /** Whether the word has no `…` gap: it matches exactly where the text starts with it. */
  literal: boolean;
  /** The word's second character (UTF-16 code unit), or -1 when it has none or a gap follows the first. */
  second: number;
}

/** A match, shared by every caller that asks about its text (read-only: filter and sort arrays of cues, never a cue). */
export interface Cue<R> {
  readonly row: R;
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The matched text (a gap word shows what it spanned). */
  readonly text: string;
}

/** The table cell `a|b|c` as words. */
export function wordsOfCell(cell: string): string[] {
  return cell.split('|').map((w) => w.trim()).filter(Boolean);
}

/** A word of a table (`引进…落户`) as a sticky regex. */
export function patternOf(word: string): RegExp {
  const escaped = word.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join(GAP), 'y');
}

export function cuePatternsOf<R>(rows: R[], wordsOf: (row: R) => string[]): CuePattern<R>[] {
  return rows.flatMap((row) => wordsOf(row).map((word) => ({
    row, word, re: patternOf(word), literal: !word.includes('…'), second: word.length > 1 && word[1] !== '…' ? word.charCodeAt(1) : -1,
  })));
}

/** The patterns by the first character (UTF-16 code unit) of their word, in table order. */
interface FirstChars<R> {
  lists: CuePattern<R>[][];
  /** For each code unit, 1 + the index in `lists` of the words starting with it, or 0 (most positions: skipped on one read). */
  listOf: Uint16Array;
}

function firstChars<R>(patterns: CuePattern<R>[]): FirstChars<R> {
  const lists: CuePattern<R>[][] = [];
  const listOf = new Uint16Array(CODE_SLOTS);
  for (const p of patterns) {
    const c = p.word.charCodeAt(0);
    if (listOf[c] === 0) listOf[c] = lists.push([]);
    lists[listOf[c] - 1].push(p);
  }
  return { lists, listOf };
}

const indexCache = new WeakMap<object, FirstChars<unknown>>();

function byFirstOf<R>(patterns: CuePattern<R>[]): FirstChars<R> {
  let index = indexCache.get(patterns) as FirstChars<R> | undefined;
  if (!index) {
    index = firstChars(patterns);
    indexCache.set(patterns, index as FirstChars<unknown>);
  }
  return index;
}

/** Every match of a table in one text, in text order (then table order), and their starts. */
interface TextCues {
  text: string;
  cues: Cue<unknown>[];
  starts: Int32Array;
}

/** The last text's matches per table: the labeller asks about one text thousands of times. */
const textCache = new WeakMap<object, TextCues>();

/**
 * Matches of every pattern at each position of the whole text, found once. A `…` gap is lazy, so
 * the match at a position is the one that ends earliest, whatever window a caller asks about: a
 * window's cues are the matches that start inside it and end by its end.
 */
function allCues<R>(text: string, patterns: CuePattern<R>[]): TextCues {
  const cached = textCache.get(patterns);
  if (cached && cached.text === text) return cached;
  const { lists, listOf } = byFirstOf(patterns);
  const cues: Cue<unknown>[] = [];
  for (let i = 0; i < text.length; i++) {
    const list = listOf[codeAt(text, i)];
    if (list === 0) continue;
    const next = codeAt(text, i + 1);
    for (const p of lists[list - 1]) {
      // most words sharing a first character differ at the second: one comparison rules them out
      if (p.second >= 0 && p.second !== next) continue;
      // a word without a gap is matched as a string: what its regex would match, without a match array
      if (p.literal) {
        if (text.startsWith(p.word, i)) cues.push({ row: p.row, word: p.word, start: i, end: i + p.word.length, text: p.word });
        continue;
      }
      p.re.lastIndex = i;
      const m = p.re.exec(text);
      if (m) cues.push({ row: p.row, word: p.word, start: i, end: i + m[0].length, text: m[0] });
    }
  }
  const starts = new Int32Array(cues.length);
  for (let k = 0; k < cues.length; k++) starts[k] = cues[k].start;
  const out = { text, cues, starts };
  textCache.set(patterns, out);
  return out;
}

/** Index of the first start at or after `from`. */
function lowerBound(starts: Int32Array, from: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every occurrence of every pattern that starts and ends inside text[from, to). The text is matched
 * once (see allCues) and each window is a binary search into its matches, so asking about every
 * figure of a long text costs the size of the windows, not of the text. The cues are shared
 * between calls (read-only): callers filter and sort the arrays, never the cues.
 */
export function cuesIn<R>(text: string, from: number, to: number, patterns: CuePattern<R>[]): Cue<R>[] {
  const { cues, starts } = allCues(text, patterns);
  const out: Cue<R>[] = [];
  for (let k = lowerBound(starts, from); k < cues.length && cues[k].start < to; k++) {
    const c = cues[k];
    if (c.end <= to) out.push(c as Cue<R>);
  }
  return out;
}

/** Drops matches lying inside a longer match (外资 inside 省外资金, 签约 inside 签约仪式). */
export function withoutNested<R>(cues: Cue<R>[]): Cue<R>[] {
  return cues.filter(
    (c) => !cues.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
  );
}
