// The numeral layer: every number written in Arabic digits, Chinese numerals or a mix of both
// (1,303.7 · 三十五 · 一千零五十 · 3千万 · 1.2万亿 · 1亿2000万 · 十几万 · 三分之一), with its exact value.
// It knows nothing about units or dates; findNumbers() adds those. One left-to-right pass: each
// position is read at most a bounded number of times, and failed runs are skipped whole.
import {
  type Decimal, ZERO, decimalOf, decimalOfInt, isZero, negated, numberOf, productOf, shifted, sumOf,
} from './decimal.js';
import { numeralTables, type NumeralTables } from './numeralTables.js';
import { codeAt } from './scanAt.js';

export type NumeralForm = 'arabic' | 'chinese' | 'mixed' | 'digits' | 'fraction';

export interface Numeral {
  start: number;
  end: number; // exclusive
  text: string;
  value: number;
  /** Exact value; null for fractions and powers, whose value is only approximate. */
  exact: Decimal | null;
  form: NumeralForm;
  /** 多/余/几/来 inside the numeral (十几万, 500多亿): the value is a lower bound. */
  approx: boolean;
  /** The scale characters the numeral ends with (`亿` in 10亿, `千万` in 3千万), '' if none. */
  trailingScale: string;
}

/** Longest Arabic digit run we read as a number; longer runs are ids or codes. */
const MAX_DIGITS = 30;
/** Largest power of ten a numeral may reach (亿亿亿亿… is noise, not a figure). */
const MAX_POWER = 30;
const MAX_GAP = 8;

const DOT_FRACTION = /\.(?<frac>\d+)/y;
const EXPONENT = /[eE](?<sign>[-+]?)(?<exp>\d{1,3})(?![A-Za-z\d])/y;
const POWER = /\^(?<signs>[-+]{0,3})(?<exp>\d{1,3})(?![\d.])/y;
// 16/5 · 1 4/3 (a whole number, a space, then a fraction)
const SLASH = /\/(?<den>\d{1,9})(?![\d.,/])/y;
const MIXED_SLASH = / +(?<num>\d{1,9})\/(?<den>\d{1,9})(?![\d.,/])/y;
// 三分之一 · 3 分  之 一百五十七
const FRACTION_OF = / {0,4}分 {0,4}之 {0,4}/y;
const AND_FRACTION = / {0,4}又 {0,4}/y;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isLatin(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_□]/.test(c);
}

// The same two tests on a code unit (NaN, from charCodeAt out of range, is neither): the scan loop
// reads codes, as text[i] of a Han character would allocate a string per position.
const MASK_CODE = 0x25a1; // □, what maskCodes() writes over codes

function isDigitCode(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

function isLatinCode(u: number): boolean {
  return (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x5f || u === MASK_CODE;
}

type Prev = 'none' | 'arabic' | 'digit' | 'zero' | 'unit' | 'scale' | 'approx' | 'point';

interface Scan {
  end: number;
  value: Decimal;
  form: NumeralForm;
  approx: boolean;
  lastScaleStart: number;
}

/** What a failed scan tells the caller: resume at `skipTo` (never before the scan start + 1). */
interface Skip {
  skipTo: number;
}

function matchAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** Integer digits (commas not counted) of the number arabicEnd() read last. */
let arabicIntDigits = 0;

/**
 * End of the Arabic number at i, as /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y would match it (1,303.7 · 29 ·
 * 0.5), or i when there is no digit at i; sets arabicIntDigits. By hand: the regex is the hottest
 * match of the number layer, and its match arrays were garbage.
 */
export function arabicEnd(text: string, i: number): number {
  let k = i;
  while (isDigitCode(codeAt(text, k))) k++;
  let digits = k - i;
  if (digits === 0) {
    arabicIntDigits = 0;
    return i;
  }
  // ,ddd groups, each with no fourth digit after it
  while (
    codeAt(text, k) === 0x2c && isDigitCode(codeAt(text, k + 1)) && isDigitCode(codeAt(text, k + 2)) &&
    isDigitCode(codeAt(text, k + 3)) && !isDigitCode(codeAt(text, k + 4))
  ) {
    k += 4;
    digits += 3;
  }
  arabicIntDigits = digits;
  if (codeAt(text, k) === 0x2e && isDigitCode(codeAt(text, k + 1))) {
    k += 2;
    while (isDigitCode(codeAt(text, k))) k++;
  }
  return k;
}

function spacesAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && codeAt(text, j) === 0x20 && j - i < MAX_GAP) j++;
  return j;
}

/** The round-lead word (逾, 近, 上 …: numeral_guards.tsv) ending at `at`, before a bare 百/千. */
function roundLeadBefore(text: string, at: number, T: NumeralTables): { word: string; over: boolean } | null {
  // 百分之 stays a percent (超百分之五十); 成百上千 is no figure (the unit before the lead)
  if (text[at + 1] === '分' || text[at + 1] === '之') return null;
  const lead = T.roundLeads.find((r) => text.endsWith(r.word, at));
  if (!lead || T.byCode[codeAt(text, at - lead.word.length - 1)]?.kind === 'unit') return null;
  return lead;
}

/** A bare run of 十/百/千 (and scales) after 数/几: "dozens", "hundreds", no figure. */
function isVague(text: string, start: number, end: number, T: NumeralTables): boolean {
  if (!T.vagueLeads.some((w) => text.endsWith(w, start))) return false;
  for (let k = start; k < end; k++) {
    const kind = T.byCode[codeAt(text, k)]?.kind;
    if (kind !== 'unit' && kind !== 'scale' && kind !== 'approx') return false;
  }
  return true;
}

/** 一万三 → 13000, 两千四百五 → 2450: a last bare digit right after a unit counts one place lower. */
function abbreviatedOf(current: Decimal | null, currentIsChinese: boolean, prev: Prev, lastPower: number, afterZero: boolean): Decimal | null {
  if (current && currentIsChinese && prev === 'digit' && lastPower >= 2 && !afterZero) return shifted(current, lastPower - 1);
  return current;
}

/** One numeral body starting at `start` (no sign, no fraction), or why not. */
function scanBody(text: string, start: number, T: NumeralTables): Scan | Skip | null {
  let i = start;
  let prev: Prev = 'none';
  let lastEnd = start;
  const entries: { power: number; value: Decimal }[] = [];
  let section: Decimal = ZERO;
  let current: Decimal | null = null;
  let currentIsChinese = false;
  let lastPower = 0; // power of the last unit or scale: 一万三 → 3 × 10^(4-1)
  let sectionMinPower = Infinity; // 五十千 is 五十, then junk: units must fall within a section
  let digitString = ''; // 一九九八: digits with no unit between them
  let approx = false;
  let sawDigit = false;
  let pointDone = false;
  let arabicCount = 0;
  let chineseCount = 0;
  let lastScaleStart = -1;
  let afterZero = false; // 一千零五: a digit after 零 is not abbreviated (1005, not 1500)


  for (;;) {
    const j = spacesAt(text, i);
    if (j > i && prev === 'none') break;
    if (j >= text.length) break;
    const u = codeAt(text, j);
    if (isDigitCode(u) || (u === 0x2e && prev === 'none' && isDigitCode(codeAt(text, j + 1)))) {
      const c = text[j];
      if (prev === 'arabic' || prev === 'digit' || prev === 'point' || prev === 'approx') break;
      if (j > i && prev !== 'unit' && prev !== 'scale' && prev !== 'zero') break;
      let numEnd: number;
      let dec: Decimal | null;
      if (c === '.') {
        const m = matchAt(DOT_FRACTION, text, j);
        if (!m?.groups) break;
        numEnd = j + m[0].length;
        dec = decimalOf(`0.${m.groups.frac}`);
      } else {
        numEnd = arabicEnd(text, j);
        if (arabicIntDigits > MAX_DIGITS) {
          let k = j;
          while (isDigit(text[k]) || text[k] === ',' || text[k] === '.') k++;
          return { skipTo: k };
        }
        dec = decimalOf(text.slice(j, numEnd));
      }
      if (!dec) break;
      current = dec;
      currentIsChinese = false;
      sawDigit = true;
      arabicCount++;
      prev = 'arabic';
      i = lastEnd = numEnd;
      continue;
    }
    const nc = T.byCode[u];
    if (!nc) break;
    const c = text[j];
    if ((nc.kind === 'unit' || nc.kind === 'scale') && T.unitWords.some((w) => text.startsWith(w, j))) break;
    if (nc.kind === 'digit') {
      const d = nc.value;
      if (prev === 'arabic' || prev === 'approx' || prev === 'point') break;
      if (prev === 'digit' || (prev === 'zero' && entries.length === 0 && isZero(section))) {
        // digit after digit: only a plain digit string (一九九八, 二〇二一) — never inside 三百二三
        if (entries.length > 0 || !isZero(section) || pointDone) break;
        if (c === '两' || c === '俩' || (c === '一' && text[j - 1] === '一')) return { skipTo: j + 1 }; // 两两, 一一: words
        digitString += String(d);
        current = null;
      } else {
        current = decimalOfInt(d);
        currentIsChinese = true;
        digitString = String(d);
      }
      sawDigit = true;
      chineseCount++;
      if (d === 0 && prev !== 'none') afterZero = true;
      prev = d === 0 ? 'zero' : 'digit';
      i = lastEnd = j + 1;
      continue;
    }
    if (nc.kind === 'unit') {
      if (digitString.length > 1) return { skipTo: j + 1 }; // 二三十: "twenty or thirty", not a figure
      if (prev === 'approx' || prev === 'point') break;
      // 百三 = 130 and 百分之百 = 100%, but 百姓, 千万不要 and 百分之 itself are words
      if (prev === 'none' && nc.value > 1 && T.byCode[codeAt(text, j + 1)]?.kind !== 'digit' && text[j - 1] !== '之' && !roundLeadBefore(text, start, T)) break;
      if (nc.value >= sectionMinPower) break;
      const mult = current && !isZero(current) ? current : decimalOfInt(1);
      section = sumOf(section, shifted(mult, nc.value));
      current = null;
      afterZero = false;
      lastPower = nc.value;
      sectionMinPower = nc.value;
      digitString = '';
      chineseCount++;
      sawDigit = sawDigit || c === '十' || c === '拾' || prev === 'none';
      prev = 'unit';
      i = lastEnd = j + 1;
      continue;
    }
    if (nc.kind === 'scale') {
      if (prev === 'none' || prev === 'point' && (entries.length > 0 || !isZero(section))) break;
      if (digitString.length > 1) return { skipTo: j + 1 };
      let s = sumOf(section, current ?? ZERO);
      let collected = 0;
      while (entries.length && entries[entries.length - 1].power <= nc.value) {
        const e = entries.pop()!;
        s = sumOf(s, e.value);
        collected = Math.max(collected, e.power);
      }
      if (isZero(s)) break;
      const power = nc.value + collected;
      if (power > MAX_POWER) return { skipTo: j + 1 };
      entries.push({ power, value: shifted(s, nc.value) });
      section = ZERO;
      current = null;
      afterZero = false;
      lastPower = power;
      sectionMinPower = Infinity;
      digitString = '';
      chineseCount++;
      if (prev !== 'scale') lastScaleStart = j;
      prev = 'scale';
      i = lastEnd = j + 1;
      continue;
    }
    if (nc.kind === 'point') {
      if (prev === 'none' || prev === 'arabic' || prev === 'point' || prev === 'approx' || pointDone) break;
      if (digitString.length > 1) break;
      let k = spacesAt(text, j + 1);
      let frac = '';
      let fracEnd = k;
      while (k < text.length) {
        const dc = T.byCode[codeAt(text, k)];
        if (!dc || dc.kind !== 'digit' || text[k] === '两' || text[k] === '俩') break;
        frac += String(dc.value);
        fracEnd = k + 1;
        k = spacesAt(text, k + 1);
        if (frac.length > MAX_DIGITS) break;
      }
      if (!frac) break;
      const base = abbreviatedOf(current, currentIsChinese, prev, lastPower, afterZero) ?? ZERO;
      current = sumOf(base, decimalOf(`0.${frac}`)!);
      currentIsChinese = false;
      pointDone = true;
      chineseCount++;
      prev = 'point';
      i = lastEnd = fracEnd;
      continue;
    }
    if (nc.kind === 'approx') {
      if (prev === 'none' || prev === 'point' || prev === 'approx') break;
      const k = spacesAt(text, j + 1);
      if (T.byCode[codeAt(text, k)]?.kind !== 'scale') break;
      if (T.unitWords.some((w) => text.startsWith(w, k))) break;
      approx = true;
      prev = 'approx';
      i = lastEnd = j + 1;
      continue;
    }
    if (nc.kind === 'half' && prev === 'none' && (text[j + 1] === '成' || text[j + 1] === '折')) {
      // 半成 = 5%, 半折 = 50%: the unit layer reads the half
      current = decimalOf('0.5');
      sawDigit = true;
      chineseCount++;
      prev = 'point';
      i = lastEnd = j + 1;
      break;
    }
    if (nc.kind === 'half' && prev === 'none' && text[j + 1] === '百') {
      // 半百 = 50
      current = decimalOfInt(50);
      sawDigit = true;
      chineseCount++;
      prev = 'digit';
      lastPower = 0;
      i = lastEnd = j + 2;
      currentIsChinese = false;
      continue;
    }
    if (nc.kind === 'dozen' && (prev === 'digit' || prev === 'unit') && j === i) {
      if (T.notDozen.some((w) => text.startsWith(w, j))) break;
      const base = sumOf(sumOf(entries.reduce((a, e) => sumOf(a, e.value), ZERO), section), abbreviatedOf(current, currentIsChinese, prev, lastPower, afterZero) ?? ZERO);
      entries.length = 0;
      section = ZERO;
      current = productOf(base, BigInt(nc.value));
      currentIsChinese = false;
      chineseCount++;
      i = lastEnd = j + 1;
      prev = 'point'; // nothing may follow a dozen
      break;
    }
    break;
  }
  if (!sawDigit || lastEnd === start) return null;
  let value: Decimal;
  let form: NumeralForm;
  if (digitString.length > 1) {
    value = decimalOf(digitString)!;
    form = 'digits';
  } else {
    value = entries.reduce((a, e) => sumOf(a, e.value), sumOf(section, abbreviatedOf(current, currentIsChinese, prev, lastPower, afterZero) ?? ZERO));
    form = arabicCount && chineseCount ? 'mixed' : arabicCount ? 'arabic' : 'chinese';
  }
  return { end: lastEnd, value, form, approx, lastScaleStart: prev === 'scale' ? lastScaleStart : -1 };
}

function isSkip(s: object | null): s is Skip {
  return s !== null && 'skipTo' in s;
}

interface Signed {
  start: number;
  scan: Scan;
  negative: boolean;
}

/** A body with an optional leading sign (负, -). */
function scanSigned(text: string, i: number, T: NumeralTables): Signed | Skip | null {
  const u = codeAt(text, i);
  const signed = u === 0x2d || T.byCode[u]?.kind === 'negative';
  const body = scanBody(text, signed ? i + 1 : i, T);
  if (body === null || isSkip(body)) return body;
  return { start: i, scan: body, negative: signed };
}

/** Exponent and power suffixes of an Arabic number (2e5, 1.1^+23): peer forms, approximate values. */
function withPowers(text: string, end: number, value: number): { end: number; value: number } | null {
  const e = matchAt(EXPONENT, text, end);
  if (e?.groups) return { end: end + e[0].length, value: Number(`${value}e${e.groups.sign}${e.groups.exp}`) };
  const p = matchAt(POWER, text, end);
  if (p?.groups) {
    const minus = (p.groups.signs.match(/-/g) ?? []).length % 2 === 1;
    return { end: end + p[0].length, value: value ** (minus ? -Number(p.groups.exp) : Number(p.groups.exp)) };
  }
  return null;
}

function numeralOf(text: string, start: number, end: number, value: Decimal | number, form: NumeralForm, approx: boolean, trailingScale: string): Numeral {
  const exact = typeof value === 'number' ? null : value;
  return { start, end, text: text.slice(start, end), value: exact ? numberOf(exact) : (value as number), exact, form, approx, trailingScale };
}

// After a plain Arabic number, these characters may continue it (1.2万, 3千, 5k, 2e5, 2^5, 16/5, 1 4/3,
// 3分之一, 3又一千分之23; numeral-table characters are checked apart). Of the white space only the
// plain space: it is the only one the numeral scan steps over (a line break ends a number, and
// a text of one number per line keeps the fast path).
const ARABIC_CONTINUES = new Set([...' .,kKeE^/-分又'].map((c) => c.charCodeAt(0)));
const GE_CODE = 0x4e2a; // 个

/** The common case, fast: Arabic digits followed by something that cannot continue a numeral (29个). */
function plainArabicAt(text: string, i: number, T: NumeralTables): Numeral | null {
  const end = arabicEnd(text, i);
  if (end === i || end - i > MAX_DIGITS) return null;
  const next = codeAt(text, end);
  if (end < text.length && (ARABIC_CONTINUES.has(next) || T.byCode[next] !== null || next === GE_CODE)) return null;
  const s = text.slice(i, end);
  // digits only, at most 15: what decimalOf reads without its regexes
  const exact = arabicIntDigits === end - i && end - i <= 15 ? { digits: BigInt(s), exp: 0 } : decimalOf(s);
  if (!exact) return null;
  return { start: i, end, text: s, value: numberOf(exact), exact, form: 'arabic', approx: false, trailingScale: '' };
}

/** Whether text[i, end) holds a '.' or ','. */
function hasPointOrComma(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const u = codeAt(text, k);
    if (u === 0x2e || u === 0x2c) return true;
  }
  return false;
}

/** The numeral starting exactly at `i`, or a position to resume from, or null. */
export function numeralAt(text: string, i: number, T: NumeralTables = numeralTables()): Numeral | Skip | null {
  if (isDigit(text[i])) {
    const plain = plainArabicAt(text, i, T);
    if (plain) return plain;
  }
  const first = scanSigned(text, i, T);
  if (first === null || isSkip(first)) return first;
  const { scan } = first;
  let end = scan.end;
  let value: Decimal | number = first.negative ? negated(scan.value) : scan.value;
  let form = scan.form;
  const onlyArabic = scan.form === 'arabic';
  const integer = onlyArabic && !hasPointOrComma(text, i, end);

  if (onlyArabic) {
    const kilo = /[kK]/.test(text[end] ?? '') && !isLatin(text[end + 1]) && !isDigit(text[end + 1]);
    if (kilo) {
      value = shifted(value, 3);
      end++;
    } else {
      const pw = withPowers(text, end, Math.abs(numberOf(scan.value)));
      if (pw) return numeralOf(text, i, pw.end, first.negative ? -pw.value : pw.value, 'fraction', false, '');
    }
  }
  if (integer && text[end] === '/') {
    const m = matchAt(SLASH, text, end);
    if (m?.groups && Number(m.groups.den) !== 0) {
      return numeralOf(text, i, end + m[0].length, numberOf(value as Decimal) / Number(m.groups.den), 'fraction', false, '');
    }
  }
  if (integer && text[end] === ' ') {
    const m = matchAt(MIXED_SLASH, text, end);
    if (m?.groups && Number(m.groups.den) !== 0) {
      const whole = numberOf(value as Decimal);
      const frac = Number(m.groups.num) / Number(m.groups.den);
      return numeralOf(text, i, end + m[0].length, whole < 0 ? whole - frac : whole + frac, 'fraction', false, '');
    }
  }
  // A分之B = B/A; X又A分之B = X + B/A
  const fraction = fractionAt(text, end, numberOf(value as Decimal), T);
  if (fraction && !scan.approx) return numeralOf(text, i, fraction.end, fraction.value, 'fraction', false, '');
  const and = matchAt(AND_FRACTION, text, end);
  if (and && !scan.approx) {
    const rest = scanSigned(text, end + and[0].length, T);
    if (rest && !isSkip(rest) && !rest.negative) {
      const f = fractionAt(text, rest.scan.end, numberOf(rest.scan.value), T);
      if (f) {
        const whole = numberOf(value as Decimal);
        return numeralOf(text, i, f.end, whole < 0 ? whole - f.value : whole + f.value, 'fraction', false, '');
      }
    }
  }
  const trailingScale = scan.lastScaleStart >= 0 ? trailingScaleOf(text.slice(i, end)) : '';
  if (form === 'chinese' && isVague(text, i, end, T)) return { skipTo: end };
  // 上百家, 上千亿元: a bare 百/千 after 上 is "upwards of", the lead word part of the numeral
  const first0 = T.byCode[codeAt(text, i)];
  const lead = form === 'chinese' && first0?.kind === 'unit' && first0.value > 1 ? roundLeadBefore(text, i, T) : null;
  if (lead?.over) return numeralOf(text, i - lead.word.length, end, value, form, true, trailingScale);
  return numeralOf(text, i, end, value, form, scan.approx, trailingScale);
}

/** The scale words a numeral ends with, as written: 3千万 → 千万, 1.2万亿 → 万亿, 一百五十万 → 万. */
function trailingScaleOf(numeral: string): string {
  const m = /(?<digit>\d?)(?<units>[十百千万亿兆]+)$/.exec(numeral);
  if (!m?.groups) return '';
  return m.groups.digit ? m.groups.units : m.groups.units.replace(/^[十百千]+/, '');
}

function fractionAt(text: string, end: number, denominator: number, T: NumeralTables): { end: number; value: number } | null {
  const m = matchAt(FRACTION_OF, text, end);
  if (!m || denominator === 0) return null;
  const num = scanSigned(text, end + m[0].length, T);
  if (!num || isSkip(num) || num.scan.approx) return null;
  const n = numberOf(num.negative ? negated(num.scan.value) : num.scan.value);
  return { end: num.scan.end, value: n / denominator };
}

/** Whether a numeral may start at i, whose code unit `u` is one of T.startCodes. */
function canStart(text: string, i: number, u: number): boolean {
  if (isDigitCode(u)) return !isDigitCode(codeAt(text, i - 1));
  if (u === 0x2e || u === 0x2d) {
    const prev = codeAt(text, i - 1);
    if (isDigitCode(prev) || isLatinCode(prev)) return false;
    const next = codeAt(text, i + 1);
    return u === 0x2e ? isDigitCode(next) : isDigitCode(next) || (next === 0x2e && isDigitCode(codeAt(text, i + 2)));
  }
  return true; // a digit, unit, negative or half character
}

/** Every numeral in `text`, sorted, non-overlapping. Digits glued to Latin letters (A2021, x86) are skipped. */
export function findNumerals(text: string): Numeral[] {
  const T = numeralTables();
  const starts = T.startCodes;
  const out: Numeral[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Most characters start no numeral: skip them on a table lookup.
    const u = codeAt(text, i);
    if (starts[u] === 0 || !canStart(text, i, u)) {
      i++;
      continue;
    }
    if (isDigitCode(u) && isLatinCode(codeAt(text, i - 1))) {
      while (i < n && (isDigitCode(codeAt(text, i)) || isLatinCode(codeAt(text, i)))) i++;
      continue;
    }
    const r = numeralAt(text, i, T);
    if (r === null) {
      i++;
    } else if ('skipTo' in r) {
      i = Math.max(i + 1, r.skipTo);
    } else {
      out.push(r);
      i = Math.max(i + 1, r.end);
    }
  }
  return out;
}
