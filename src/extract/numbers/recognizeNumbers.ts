// Our number layer seen through the entity shape of Microsoft Recognizers-Text, so the peer's Chinese
// spec files (../shared/peer-specs) can run against it. Not used by the pipeline.
//
//   number   → every numeral span (bare numbers included), value as a string
//   percent  → mentions with unit `percent`, value "25%"
//   currency → mentions with an ISO unit, plus bare currency names (value null), as the peer reports them
//   range    → intervals from findNumberIntervals(), value in interval notation "(20,35]"
import { simplifiedOf, widthMapOf } from '../../normalize/normalizeText.js';
import { tokensOf } from '../../normalize/segmenter.js';
import { findNumerals, type Numeral } from './findNumerals.js';
import { findNumberMentions } from './findNumberMentions.js';
import { findNumberIntervals, intervalString } from './findNumberIntervals.js';
import { maskCodes } from './maskCodes.js';
import { numberTables } from './numberTables.js';

export type PeerModel = 'number' | 'percent' | 'currency' | 'range';

export interface PeerEntity {
  text: string;
  start: number;
  /** Inclusive, as in the peer's specs. */
  end: number;
  value: string | null;
  isoCurrency?: string;
}

/**
 * The peer's inputs are raw (full-width digits, traditional characters); our extractors read normalized
 * text. This applies normalize's width table and simplification one character at a time, so offsets do
 * not move (mappings that delete a character are left out). A full-width comma between full-width digits
 * (４，５６５) is a thousands separator written full-width, so it becomes ','.
 */
export function sameLengthNormalized(text: string): string {
  const width = widthMapOf();
  const isWideDigit = (c: string | undefined) => c !== undefined && c >= '０' && c <= '９';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let c = ch;
    const w = width.get(ch);
    if (ch === '，' && isWideDigit(text[i - 1]) && isWideDigit(text[i + 1])) c = ',';
    else if (w !== undefined && w.length === 1) c = w;
    else if (ch.charCodeAt(0) > 0x2e80 && !width.has(ch)) {
      const s = simplifiedOf(ch);
      if (s.length === 1) c = s;
    }
    out += c;
  }
  return out;
}

function plain(n: number): string {
  return String(n);
}

export function recognizeNumbers(input: string, model: PeerModel): PeerEntity[] {
  const text = sameLengthNormalized(input);
  const span = (start: number, end: number) => ({ text: text.slice(start, end), start, end: end - 1 });
  if (model === 'number') {
    const inUnits = findNumberMentions(text, { kilo: true }).filter((m) => m.unit !== 'count' && m.unit !== 'none');
    return findNumerals(maskCodes(text, { kilo: true }))
      .filter((n) => n.form !== 'digits' && !(n.text.length === 1 && isWordPart(text, n, inUnits)))
      .map((n) => ({ ...span(n.start, n.end), value: plain(n.value) }));
  }
  if (model === 'range') {
    return findNumberIntervals(text).map((iv) => ({ ...span(iv.start, iv.end), value: intervalString(iv) }));
  }
  const mentions = findNumberMentions(text, { kilo: true });
  if (model === 'percent') {
    return mentions.filter((m) => m.unit === 'percent').map((m) => ({ ...span(m.start, m.end), value: `${plain(m.value)}%` }));
  }
  const money = mentions
    .filter((m) => /^[A-Z]{3}$/.test(m.unit))
    .map((m): PeerEntity => ({ ...span(m.start, m.end), value: plain(m.value), isoCurrency: m.unit }));
  return [...money, ...bareCurrencyNames(text, money)].sort((a, b) => a.start - b.start);
}

/** 人民币 美元 with no number: the peer reports the currency name alone, value null. */
function bareCurrencyNames(text: string, taken: PeerEntity[]): PeerEntity[] {
  const T = numberTables();
  const names = new Map<string, string>();
  for (const [w, hit] of T.after) if (hit.unit && /^[A-Z]{3}$/.test(hit.unit.unit) && w.length > 1 && !/^[元]/.test(w)) names.set(w, hit.unit.unit);
  const out: PeerEntity[] = [];
  const words = [...names.keys()].sort((a, b) => b.length - a.length);
  for (let i = 0; i < text.length; i++) {
    if (taken.some((t) => i >= t.start && i <= t.end)) continue;
    const w = words.find((x) => text.startsWith(x, i));
    if (!w) continue;
    out.push({ text: w, start: i, end: i + w.length - 1, value: null, isoCurrency: names.get(w) });
    i += w.length - 1;
  }
  return out;
}

const FINANCIAL_DIGITS = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;

/**
 * The peer reports a one-character numeral only where it stands as a number: not inside a word
 * (一切, 四川, 十足, 队伍, 收拾), not as the head of a money or percent expression (一美元, 二%), which
 * the number model leaves to the unit models. Words come from the segmenter: a numeral that starts a
 * word is still a number when a measure word follows it (一只, 十个, 五台山).
 */
function isWordPart(text: string, n: Numeral, inUnits: { start: number }[]): boolean {
  if (inUnits.some((m) => m.start === n.start)) return true;
  const next = text[n.end];
  if (FINANCIAL_DIGITS.test(n.text)) return !(next === undefined || isMeasureStart(text, n.end));
  const tokens = tokensOf(text);
  const word = tokens?.find((t) => t.start <= n.start && n.start < t.end);
  if (!word || word.end - word.start === 1) return false;
  return word.start !== n.start || !isMeasureStart(text, n.end);
}

function isMeasureStart(text: string, i: number): boolean {
  const T = numberTables();
  for (let len = 3; len >= 1; len--) if (T.after.has(text.slice(i, i + len))) return true;
  return false;
}
