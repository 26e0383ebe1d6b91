// Numbers as intervals: 大于20 → (20,), 20以上 → (20,), 不超过50 → (,50], 20到35之间 → [20,35),
// 大于10并小于20 → (10,20), 500多亿 → (50000000000,). Comparison words are data (src/rules/comparators.tsv).
//
// How an interval maps onto NumberMention (value, valueHigh, approx):
//   (a,)  → a, null, over        [a,)  → a, null, at_least
//   (,b)  → b, null, under       (,b]  → b, null, at_most
//   [a,a] → a, null, null        a..b (any brackets) → a, b, null: a figure range keeps its ends, not
//                                                      whether each end is included
import type { Approx } from '../../model.js';
import { alternationOf, loadTable, type RuleRow } from '../../rules/ruleTables.js';
import { findNumerals, type Numeral } from './findNumerals.js';
import { maskCodes } from './maskCodes.js';
import { stickyAt, wordEndingAt } from './scanAt.js';

export interface NumberInterval {
  start: number;
  end: number; // exclusive
  text: string;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

type Bound = 'lower' | 'upper' | 'equal';

interface Comparators {
  before: Map<string, { bound: Bound; inclusive: boolean }>;
  after: RegExp;
  afterOf: Map<string, { bound: Bound; inclusive: boolean }>;
  around: { open: string; close: string; bound: Bound; inclusive: boolean }[];
  join: RegExp;
  between: RegExp;
  betweenEnd: RegExp;
  betweenStart: string[];
}

function validate(row: RuleRow): string | null {
  const positions = ['before', 'after', 'around', 'join', 'between', 'between-end', 'between-start'];
  if (!positions.includes(row.position)) return `position must be one of ${positions.join('|')}, got "${row.position}"`;
  const needsBound = ['before', 'after', 'around'].includes(row.position);
  if (needsBound && !['lower', 'upper', 'equal'].includes(row.bound)) return `bound must be lower|upper|equal, got "${row.bound}"`;
  if (needsBound && !['yes', 'no'].includes(row.inclusive)) return `inclusive must be yes|no, got "${row.inclusive}"`;
  if (row.position === 'around' && row.word.split('…').length !== 2) return 'an around word is written 比…大';
  const parts = row.word.split('…');
  if (!parts.every((p) => row.example?.includes(p))) return `example must contain the word "${row.word}"`;
  return null;
}

function spacedAlternation(words: string[]): string {
  return alternationOf(words).split('|').map((w) => w.replace(/(\\?.)(?!$)/gu, '$1 {0,4}')).join('|');
}

let cached: { rows: RuleRow[]; c: Comparators } | null = null;

function comparators(): Comparators {
  const rows = loadTable('comparators', validate);
  if (cached?.rows === rows) return cached.c;
  const of = (p: string) => rows.filter((r) => r.position === p);
  const boundOf = (r: RuleRow) => ({ bound: r.bound as Bound, inclusive: r.inclusive === 'yes' });
  const c: Comparators = {
    before: new Map(of('before').map((r) => [r.word, boundOf(r)])),
    after: new RegExp(` {0,4}(?:${spacedAlternation(of('after').map((r) => r.word))})`, 'y'),
    afterOf: new Map(of('after').map((r) => [r.word, boundOf(r)])),
    around: of('around').map((r) => {
      const [open, close] = r.word.split('…');
      return { open, close, ...boundOf(r) };
    }),
    join: new RegExp(` {0,4}(?:${alternationOf(of('join').map((r) => r.word))})? {0,4}`, 'y'),
    between: new RegExp(` {0,4}(?:${alternationOf(of('between').map((r) => r.word))}) {0,4}`, 'y'),
    betweenEnd: new RegExp(` {0,4}(?:${alternationOf(of('between-end').map((r) => r.word))})`, 'y'),
    betweenStart: of('between-start').map((r) => r.word).sort((a, b) => b.length - a.length),
  };
  cached = { rows, c };
  return c;
}

interface Phrase {
  start: number;
  end: number;
  value: number;
  bound: Bound;
  inclusive: boolean;
}

function phraseOf(text: string, n: Numeral, C: Comparators): Phrase | null {
  // 比三十大
  for (const a of C.around) {
    const s = wordEndingAt(text, n.start, a.open);
    if (s < 0) continue;
    const m = /^ {0,4}/.exec(text.slice(n.end, n.end + 5))![0].length;
    if (text.startsWith(a.close, n.end + m)) return { start: s, end: n.end + m + a.close.length, value: n.value, bound: a.bound, inclusive: a.inclusive };
  }
  let best: { start: number; bound: Bound; inclusive: boolean; len: number } | null = null;
  for (const [w, b] of C.before) {
    const s = wordEndingAt(text, n.start, w);
    if (s >= 0 && (!best || w.length > best.len)) best = { start: s, ...b, len: w.length };
  }
  if (best) return { start: best.start, end: n.end, value: n.value, bound: best.bound, inclusive: best.inclusive };
  const m = stickyAt(C.after, text, n.end);
  if (m) {
    const b = C.afterOf.get(m[0].replace(/ /g, ''))!;
    return { start: n.start, end: n.end + m[0].length, value: n.value, ...b };
  }
  // 十几万, 二百三十余万, 500多亿: the numeral itself is a lower bound
  if (n.approx) return { start: n.start, end: n.end, value: n.value, bound: 'lower', inclusive: false };
  return null;
}

function intervalOfPhrase(text: string, p: Phrase): NumberInterval {
  const base = { start: p.start, end: p.end, text: text.slice(p.start, p.end) };
  if (p.bound === 'equal') return { ...base, low: p.value, high: p.value, lowInclusive: true, highInclusive: true };
  if (p.bound === 'lower') return { ...base, low: p.value, high: null, lowInclusive: p.inclusive, highInclusive: false };
  return { ...base, low: null, high: p.value, lowInclusive: false, highInclusive: p.inclusive };
}

/** Every interval-like number phrase in normalized text, sorted and non-overlapping. */
export function findNumberIntervals(input: string): NumberInterval[] {
  const C = comparators();
  const text = maskCodes(input, { kilo: true });
  const numerals = findNumerals(text).filter((n) => n.form !== 'digits');
  const out: NumberInterval[] = [];
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k];
    const next = numerals[k + 1];
    if (out.length && n.start < out[out.length - 1].end) continue;
    // 20和30之间 · 在第十和第十五之间 · 一到五 · 20~100
    const ordinalGap = (i: number) => (text[i] === '第' ? 1 : 0);
    const sep = stickyAt(C.between, text, n.end);
    if (sep && next && next.start === n.end + sep[0].length + ordinalGap(n.end + sep[0].length) && n.value < next.value) {
      const endWord = stickyAt(C.betweenEnd, text, next.end);
      const joiner = sep[0].trim();
      if (endWord || !['和', '与'].includes(joiner)) {
        let start = n.start - ordinalGap(n.start - 1);
        for (const w of C.betweenStart) {
          const s = wordEndingAt(text, start, w);
          if (s >= 0 && endWord) { start = s; break; }
        }
        const end = endWord ? next.end + endWord[0].length : next.end;
        out.push({ start, end, text: input.slice(start, end), low: n.value, high: next.value, lowInclusive: true, highInclusive: false });
        k++;
        continue;
      }
    }
    const p = phraseOf(text, n, C);
    if (!p) continue;
    // 大于10小于20 · 1000以上，1500以下 · 最多100最少20
    if (next) {
      const q = phraseOf(text, next, C);
      const join = stickyAt(C.join, text, p.end);
      if (q && join && q.start === p.end + join[0].length && p.bound !== 'equal' && q.bound !== 'equal' && p.bound !== q.bound) {
        const [lo, hi] = p.bound === 'lower' ? [p, q] : [q, p];
        if (lo.value < hi.value) {
          out.push({
            start: p.start, end: q.end, text: input.slice(p.start, q.end),
            low: lo.value, high: hi.value, lowInclusive: lo.inclusive, highInclusive: hi.inclusive,
          });
          k++;
          continue;
        }
      }
    }
    out.push({ ...intervalOfPhrase(input, p) });
  }
  return out;
}

/** The peer's interval notation: (20,35] · (500,) · [20,100). */
export function intervalString(iv: NumberInterval): string {
  return `${iv.lowInclusive ? '[' : '('}${iv.low ?? ''},${iv.high ?? ''}${iv.highInclusive ? ']' : ')'}`;
}

/** The interval as NumberMention fields (see the table at the top of this file). */
export function mentionFieldsOf(iv: NumberInterval): { value: number; valueHigh: number | null; approx: Approx } {
  if (iv.low !== null && iv.high !== null) return { value: iv.low, valueHigh: iv.low === iv.high ? null : iv.high, approx: null };
  if (iv.low !== null) return { value: iv.low, valueHigh: null, approx: iv.lowInclusive ? 'at_least' : 'over' };
  return { value: iv.high!, valueHigh: null, approx: iv.highInclusive ? 'at_most' : 'under' };
}
