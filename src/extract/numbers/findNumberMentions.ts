// Numerals + the words around them → NumberMention: unit (ISO code, count, percent, times, none), exact
// value in whole units, range upper end, approx. Dates, times, durations, ordinals and codes are dropped.
import type { Approx, NumberMention } from '../../model.js';
import { type Decimal, decimalOf, numberOf, shifted, sumOf } from './decimal.js';
import { findNumerals, numeralAt, type Numeral } from './findNumerals.js';
import { maskCodes, type MaskOptions } from './maskCodes.js';
import { numeralTables } from './numeralTables.js';
import { codeFlagsOf, numberTables, type Measure, type NumberTables, type UnitWord } from './numberTables.js';
import { codeAt, stickyAt, wordEndingAt } from './scanAt.js';

export type MentionOptions = MaskOptions;

/** A NumberMention plus what the peer-spec adapter and the range model need. */
export interface Mention extends NumberMention {
  measure: Measure | undefined;
  /** Start of the leading approx word (超, 约) when there is one; `start` otherwise. */
  approxStart: number;
  /** End of the trailing approx word (以上, 左右) when there is one; `end` otherwise. */
  approxEnd: number;
  form: Numeral['form'];
}

const MAX_GAP = 8;
// 7-10亿元 · 7～10亿元 · 7至10亿元 · 7亿元到10亿元 · 20到35之间
const RANGE_SEPARATOR = / {0,4}(?:-|~|～|—|–|－|至|到) {0,4}/y;
// 1、2月: a number listed before a date word is a date too
const LIST_SEPARATOR = /^[、,，和及与 ]{1,3}$/;
const GE = 0x4e2a; // 个
const SPACE = 0x20;

/** End of the run of at most `max` spaces at i. */
function spacesEnd(text: string, i: number, max: number): number {
  let k = i;
  while (k - i < max && codeAt(text, k) === SPACE) k++;
  return k;
}

interface Tail {
  end: number;
  value: Decimal | number;
  unit: string;
  unitWord: string;
  measure?: Measure;
  approx: Approx;
  rule: string;
  /** Dropped: the number is a date, time, duration, ordinal or code. */
  context: boolean;
}

// Every tail is made here, with all keys (measure undefined unless a count): tails of a count, a
// context word and the rest were of three hidden classes, and tailAt deoptimized on each new one.
function tailOf(
  end: number, value: Decimal | number, unit: string, unitWord: string, measure: Measure | undefined, approx: Approx,
  rule: string, context: boolean,
): Tail {
  return { end, value, unit, unitWord, measure, approx, rule, context };
}

function spaced(word: string): string {
  return [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' {0,4}');
}

let spacedAfter: { key: NumberTables; re: RegExp } | null = null;

/** After-words may be written with spaces between their characters (个 百 分点). */
function afterWordRe(T: NumberTables): RegExp {
  if (spacedAfter?.key === T) return spacedAfter.re;
  const words = [...T.after.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`(?:${words.map(spaced).join('|')})`, 'y');
  spacedAfter = { key: T, re };
  return re;
}

function firstWordBefore<T>(text: string, pos: number, words: Map<string, T>): { start: number; word: string; value: T } | null {
  let k = pos - 1;
  while (k >= 0 && codeAt(text, k) === SPACE && pos - k < 6) k--;
  // most numbers follow a character no before-word ends with
  if (k < 0 || beforeLastChars(words)[codeAt(text, k)] !== 1) return null;
  let best: { start: number; word: string; value: T } | null = null;
  for (const [w, v] of words) {
    const s = wordEndingAt(text, pos, w);
    if (s >= 0 && (!best || w.length > best.word.length)) best = { start: s, word: w, value: v };
  }
  return best;
}

const lastCharsCache = new WeakMap<object, Uint8Array>();

/** The last code units of `words`, flagged by code. */
function beforeLastChars<T>(words: Map<string, T>): Uint8Array {
  const key = words as object;
  let set = lastCharsCache.get(key);
  if (!set) {
    set = codeFlagsOf([...words].map(([w]) => w[w.length - 1]));
    lastCharsCache.set(key, set);
  }
  return set;
}

function valueOf(v: Decimal | number): number {
  return typeof v === 'number' ? v : numberOf(v);
}

function scaledBy(v: Decimal | number, power: number): Decimal | number {
  return typeof v === 'number' ? v * 10 ** power : shifted(v, power);
}

/** The unit word after a numeral and everything it implies; null when nothing unit-like follows. */
function tailAt(text: string, n: Numeral, T: NumberTables): Tail | null {
  const NT = numeralTables();
  let e = n.end;
  let value: Decimal | number = n.exact ?? n.value;
  let approx: Approx = n.approx ? 'over' : null;
  // 3个亿 = 3亿
  if (codeAt(text, e) === GE && NT.byCode[codeAt(text, e + 1)]?.kind === 'scale') {
    let k = e + 1;
    let power = 0;
    while (NT.byCode[codeAt(text, k)]?.kind === 'scale') power += NT.byCode[codeAt(text, k++)]!.value;
    value = scaledBy(value, power);
    e = k;
  }
  // 20个比特币: 个 before a currency word
  if (codeAt(text, e) === GE) {
    const m = stickyAt(afterWordRe(T), text, e + 1);
    const hit = m ? T.after.get(m[0].replace(/ /g, '')) : undefined;
    if (hit?.unit && /^[A-Z]{3}$/.test(hit.unit.unit)) e++;
  }
  // 10多场 · 290余个 · 5亿多元 · 十几个 (the infix word stays in the span)
  const infix = T.approxInfixCodes[codeAt(text, e)] === 1 ? T.approxInfix.get(text[e]) : undefined;
  let afterStart = spacesEnd(text, e, 8);
  if (infix) {
    const m = stickyAt(afterWordRe(T), text, e + 1);
    const hit = m ? T.after.get(m[0].replace(/ /g, '')) : undefined;
    if (hit && !hit.context) {
      approx = infix;
      afterStart = e + 1;
    }
  }
  const m = T.afterFirst[codeAt(text, afterStart)] === 1 ? stickyAt(afterWordRe(T), text, afterStart) : null;
  if (!m) {
    if (e === n.end) return null;
    return tailOf(e, value, 'none', text.slice(n.end, e), undefined, approx, 'number', false);
  }
  const word = m[0].replace(/ /g, '');
  const hit = T.after.get(word)!;
  const end = afterStart + m[0].length;
  if (hit.context) return tailOf(end, value, 'none', word, undefined, approx, 'context', true);
  if (hit.measure) {
    if (text[end] === '性' && word === '次') return tailOf(end, value, 'none', word, undefined, approx, 'context', true);
    return tailOf(end, value, 'count', word, hit.measure, approx, 'count', false);
  }
  const u = hit.unit!;
  return unitTail(text, n, value, approx, u, word, end, T);
}

function unitTail(text: string, n: Numeral, value0: Decimal | number, approx: Approx, u: UnitWord, word: string, end0: number, T: NumberTables): Tail | null {
  let value = value0;
  let end = end0;
  const v = valueOf(value);
  if (u.scale === 'tenth') {
    // 三成 = 30%, 7.2成 = 72%, 三成半 = 35%; 成 after a big number is a verb (建成, 完成)
    if (v > 10 || v <= 0 || n.form === 'digits' || numeralTables().notTenth.some((w) => text.startsWith(w, end - 1))) return null;
    value = scaledBy(value, 1);
    if (text[end] === '半') { value = sumOf(typeof value === 'number' ? decimalOf(String(value))! : value, decimalOf('5')!); end++; }
    return tailOf(end, value, 'percent', word, undefined, approx, 'percent', false);
  }
  if (u.scale === 'discount') {
    // 九折 = 90%, 9.9折 = 99%, 75折 = 75%, 五五折 = 55%; 折合/折算 are conversions
    if (numeralTables().notDiscount.some((w) => text.startsWith(w, end - 1))) return null;
    const twoDigits = (n.form === 'digits' || n.form === 'arabic') && Number.isInteger(v) && v >= 10 && v < 100 && !/[.,]/.test(n.text);
    if (n.text === '半') return tailOf(end, 50, 'percent', word, undefined, approx, 'discount', false);
    if (!(v > 0 && v < 10) && !twoDigits) return null;
    return tailOf(end, twoDigits ? value : scaledBy(value, 1), 'percent', word, undefined, approx, 'discount', false);
  }
  if (u.scale === 'doubling') {
    // 翻了一番 = 2 times, 翻两番 = 4 times; only after 翻 (一番努力 is no number)
    const before = text.slice(Math.max(0, n.start - 3), n.start);
    if (!/翻了?$/.test(before) || !(v >= 1 && v <= 5) || !Number.isInteger(v)) return null;
    return tailOf(end, 2 ** v, 'times', word, undefined, approx, 'times', false);
  }
  if (n.form === 'digits') return null;
  if (typeof u.scale === 'number' && u.scale !== 0) value = scaledBy(value, u.scale);
  if (u.unit === 'percent') return tailOf(end, value, 'percent', word, undefined, approx, 'percent', false);
  if (u.unit === 'times') return tailOf(end, value, 'times', word, undefined, approx, 'times', false);
  if (u.unit === 'none') return tailOf(end, value, 'none', n.trailingScale + word, undefined, approx, 'quantity', false);
  // money: 50元6角三分 · 两美元又三美分 — minor units of the same currency add on
  let unitWord = n.trailingScale + word;
  for (let guard = 0; guard < 3; guard++) {
    const join = /^ {0,4}(?:又|和)? {0,4}/.exec(text.slice(end, end + 12))![0].length;
    const r = numeralAt(text, end + join);
    if (!r || 'skipTo' in r || r.exact === null || r.value < 0) break;
    const mm = stickyAt(T.minorRe, text, r.end);
    const minor = mm ? T.minor.get(mm[0]) : undefined;
    if (!minor || minor.unit !== u.unit) break;
    value = sumOf(typeof value === 'number' ? decimalOf(String(value))! : value, shifted(r.exact, minor.scale as number));
    end = r.end + mm![0].length;
  }
  return tailOf(end, value, u.unit, unitWord, undefined, approx, 'money', false);
}

function approxBefore(text: string, start: number, T: NumberTables): { start: number; approx: Exclude<Approx, null> } | null {
  const gap = codeAt(text, start - 1) === SPACE ? 1 : 0;
  if (T.beforeLast[codeAt(text, start - gap - 1)] !== 1) return null;
  for (let len = 3; len >= 1; len--) {
    const w = text.slice(start - gap - len, start - gap);
    const a = w.length === len ? T.approxBefore.get(w) : undefined;
    if (a) {
      const wordEnd = start - gap;
      if (T.notApprox.some((x) => x.length > len && text.startsWith(x, wordEnd - x.length))) return null;
      return { start: wordEnd - len, approx: a };
    }
  }
  return null;
}

function approxAfter(text: string, end: number, T: NumberTables): { end: number; approx: Exclude<Approx, null> } | null {
  if (T.approxAfterFirst[codeAt(text, end)] !== 1) return null;
  const m = stickyAt(T.approxAfterRe, text, end);
  return m ? { end: end + m[0].length, approx: T.approxAfter.get(m[0])! } : null;
}

function contextBefore(text: string, start: number, T: NumberTables): boolean {
  const gap = codeAt(text, start - 1) === SPACE ? 1 : 0;
  if (T.beforeLast[codeAt(text, start - gap - 1)] !== 1) return false;
  for (let len = 3; len >= 1; len--) if (T.contextBefore.has(text.slice(start - gap - len, start - gap))) return true;
  return false;
}

/** 3-5亿: the lower end takes the upper end's trailing units (亿, 千万, 万): 3 → 3亿. */
function lowerWithUnitsOf(text: string, low: Numeral, high: Numeral): Decimal | number {
  const lowHasUnits = /[十百千万亿兆]/.test(low.text);
  const m = /(?<units>[十百千万亿兆]+)$/.exec(high.text);
  if (lowHasUnits || !m?.groups || low.form === 'fraction') return low.exact ?? low.value;
  const r = numeralAt(low.text + m.groups.units, 0);
  if (!r || 'skipTo' in r || r.end !== low.text.length + m.groups.units.length) return low.exact ?? low.value;
  return r.exact ?? r.value;
}

function isDroppedForm(n: Numeral): boolean {
  if (n.form === 'digits') return true;
  if (n.form === 'fraction' && /[/^]/.test(n.text)) return true; // 4/25 is a date far more often than a fraction
  return false;
}

/** Every figure-like number in `text` with its unit, sorted and non-overlapping. */
export function findNumberMentions(text: string, opts: MentionOptions = {}): Mention[] {
  const T = numberTables();
  const masked = maskCodes(text, opts);
  const numerals = findNumerals(masked);
  const out: Mention[] = [];
  const push = (m: Mention) => {
    if (out.length && out[out.length - 1].end > m.start) return;
    out.push(m);
  };
  const dropListedBefore = (start: number) => {
    const last = out[out.length - 1];
    if (last && last.unit === 'none' && LIST_SEPARATOR.test(masked.slice(last.end, start))) out.pop();
  };

  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k];
    if (out.length && n.start < out[out.length - 1].end) continue;
    if (contextBefore(masked, n.start, T)) continue;
    const tail = tailAt(masked, n, T);
    if (tail?.context) {
      dropListedBefore(n.start);
      continue;
    }
    // a range: 7亿元到10亿元 · 7-10亿元 · 20到35之间
    const sepAt = tail ? tail.end : n.end;
    const sep = stickyAt(RANGE_SEPARATOR, masked, sepAt);
    const next = numerals[k + 1];
    if (sep && next && next.start === sepAt + sep[0].length && !next.text.startsWith('-') && !isDroppedForm(n) && !isDroppedForm(next)) {
      const highTail = tailAt(masked, next, T);
      if (highTail?.context) {
        k++;
        dropListedBefore(n.start);
        continue;
      }
      const sameUnit = !tail || (highTail && highTail.unit === tail.unit);
      if (sameUnit) {
        const lowValue = tail ? tail.value : highTail ? lowerWithUnitsOf(masked, n, next) : n.exact ?? n.value;
        const highValue = highTail ? highTail.value : next.exact ?? next.value;
        if (valueOf(lowValue) < valueOf(highValue)) {
          const end = highTail ? highTail.end : next.end;
          push(mentionOf(text, masked, n, end, lowValue, valueOf(highValue), highTail ?? tail, 'range', T));
          k++;
          continue;
        }
      }
    }
    if (isDroppedForm(n) && tail?.rule !== 'discount') continue;
    if (!tail) {
      const m = bareOrPrefixed(text, masked, n, T);
      if (m) push(m);
      continue;
    }
    push(mentionOf(text, masked, n, tail.end, tail.value, null, tail, tail.rule, T));
  }
  return out;
}

/** A numeral with no unit after it: prefixed (人民币5000万, 百分之二十, $20) or bare (unit none). */
function bareOrPrefixed(text: string, masked: string, n: Numeral, T: NumberTables): Mention | null {
  const prefix = firstWordBefore(masked, n.start, T.before);
  if (prefix) {
    const u = prefix.value;
    let value: Decimal | number = n.exact ?? n.value;
    if (typeof u.scale === 'number' && u.scale !== 0) value = scaledBy(value, u.scale);
    const rule = u.unit === 'percent' ? 'percent' : 'money';
    const unitWord = u.unit === 'percent' ? u.word : prefix.word + n.trailingScale;
    return mentionOf(text, masked, n, n.end, value, null, tailOf(n.end, value, u.unit, unitWord, undefined, n.approx ? 'over' : null, rule, false), rule, T, prefix.start);
  }
  // single Chinese digits without a unit are words (一起, 四川, 三农), not figures
  if (n.form === 'chinese' && n.text.length === 1) return null;
  // 11 or more bare digits are ids (record numbers, phone numbers), not figures
  if (n.form === 'arabic' && n.text.length >= 11 && /^\d{11,}$/.test(n.text)) return null;
  return mentionOf(text, masked, n, n.end, n.exact ?? n.value, null, null, n.form === 'fraction' ? 'fraction' : 'number', T);
}

function mentionOf(
  text: string, masked: string, n: Numeral, end: number, value: Decimal | number, valueHigh: number | null,
  tail: Tail | null, rule: string, T: NumberTables, prefixStart?: number,
): Mention {
  let start = prefixStart ?? n.start;
  let unit = tail?.unit ?? 'none';
  // 人民币5000万元: a currency word before the number belongs to the span
  if (prefixStart === undefined && tail && /^[A-Z]{3}$/.test(tail.unit)) {
    const p = firstWordBefore(masked, n.start, T.before);
    if (p && p.value.unit === tail.unit) start = p.start;
    // 新台币682.5亿元, 港币3亿元: a bare 元 after a named currency counts in that currency
    else if (p && /^[A-Z]{3}$/.test(p.value.unit) && tail.unit === 'CNY' && /^[千百万亿]*元$/.test(tail.unitWord)) {
      start = p.start;
      unit = p.value.unit;
    }
  }
  let approx: Approx = tail?.approx ?? (n.approx ? 'over' : null);
  const before = approxBefore(masked, start, T);
  const after = approxAfter(masked, end, T);
  if (before) approx = before.approx;
  else if (after && !approx) approx = after.approx;
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    value: valueOf(value),
    valueHigh,
    unit,
    unitWord: tail?.unitWord ?? '',
    approx,
    rule,
    approxStart: before ? before.start : start,
    approxEnd: after ? after.end : end,
    form: n.form,
    // always a key: a measure added to count mentions only gave them another hidden class
    measure: tail?.measure ? tail.measure : undefined,
  };
  return m;
}
