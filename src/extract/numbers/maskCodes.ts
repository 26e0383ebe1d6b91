// Codes, dates, phone numbers and addresses hold digits that are not figures. maskCodes() overwrites them
// with MASK (same length, so offsets stay valid) before the numeral layer runs. Every pattern is anchored
// at the start of a digit run ((?<!\d)) or a fixed word, so the whole pass stays linear.
import { numberTables } from './numberTables.js';
import { codeAt } from './scanAt.js';

export const MASK = '□';

export interface MaskOptions {
  /** Keep "15k" (= 15000) and 2e5 instead of masking them as Latin tokens: the peer specs use them. */
  kilo?: boolean;
}

// Each pattern with the strings one of which every match contains ([] for none): a text with none
// of them skips the pattern's scan (a cheap includes() instead of a regex pass over the text).
const PATTERNS: [RegExp, string[]][] = [
  // http://x.cn/2021/1234.html · www.example.com ('www.' in any case: see hasWwwDot)
  [/(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’《》]+/gi, []],
  // 2023-04-25 · 2023/4/25 · 2023.04.25
  [/(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g, ['-', '/', '.']],
  // 16:17:05 · 8:30
  [/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g, [':']],
  // 0371-12345678 · 400-123-4567 · 13912345678
  [/(?<!\d)\d{3,4}-\d{7,8}(?:-\d{1,4})?(?!\d)/g, ['-']],
  [/(?<!\d)400-?\d{3}-?\d{4}(?!\d)/g, ['400']],
  [/(?<!\d)1[3-9]\d{9}(?!\d)/g, []],
  // 1+6+N · 8+2+2+4+N (policy codes)
  [/(?<![\d.])\d+(?:\+(?:\d+|[A-Za-z]))+/g, ['+']],
  // 1.2.3 (versions)
  [/(?<![\d.])\d+(?:\.\d+){2,}/g, ['.']],
  // 豫ICP备09014970号-1 · 公网安备41010502003542号 · 豫平公网安41040002020010
  [/ICP[备证]?\s*\d+号?(?:-\d+)?/gi, []],
  [/公网安备?\s*\d+号?/g, ['公网安']],
  // 邮编467000
  [/(?:邮编|邮政编码)[:：]?\s*\d{6}/g, ['邮编', '邮政编码']],
  // stock quote after a company name: (14.000, 0.00, 0.00%)
  [/\(\s*[-+]?\d[\d.]*\s*,\s*[-+]?\d[\d.]*%?\s*,\s*[-+]?\d[\d.]*%?\s*\)/g, ['(']],
];

/** Whether one of `needles` occurs in text; true for no needles (nothing known to be required). */
function holdsOneOf(text: string, needles: string[]): boolean {
  return needles.length === 0 || needles.some((n) => text.includes(n));
}

const AT = 0x40; // @

/** [A-Za-z0-9_]: a code unit of a Latin token. */
function isWordCode(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x5f;
}
const KILO = /^\d+[kK]$/;
const SCIENTIFIC = /(?<![\w.])\d+(?:\.\d+)?[eE][-+]?\d{1,3}(?![\w.])/g;

/**
 * Whether [start, end) lies inside one of the spans. A function, not spans.some(([a, b]) => …)
 * in the loop below: a closure there captured start and e, so every code unit of every text
 * allocated a block context for them (a tenth of all allocation per article).
 */
function insideSome(spans: [number, number][], start: number, end: number): boolean {
  for (const [a, b] of spans) if (a <= start && end <= b) return true;
  return false;
}

/** `text` with every code-like span replaced by MASK characters, offsets unchanged. */
// One flag array for every call, grown as texts need and cleared over the text's length: a new
// Uint8Array per text is an off-heap buffer (a calloc, external-memory accounting that brings GCs
// forward) and cost more than clearing. maskCodes calls nothing that calls it back.
let scratch = new Uint8Array(4096);

export function maskCodes(text: string, opts: MaskOptions = {}): string {
  if (scratch.length < text.length) scratch = new Uint8Array(Math.max(text.length, 2 * scratch.length));
  const masked = scratch;
  masked.fill(0, 0, text.length);
  let any = false;
  const mask = (start: number, end: number) => {
    masked.fill(1, start, end);
    any = any || end > start;
  };
  for (const [re, needles] of PATTERNS) {
    if (!holdsOneOf(text, needles)) continue;
    for (const m of text.matchAll(re)) mask(m.index!, m.index! + m[0].length);
  }
  const { maskRe } = numberTables();
  if (maskRe) for (const m of text.matchAll(maskRe)) mask(m.index!, m.index! + m[0].length);
  // 2e5 · -127.32e13 · 2.7890e-1: scientific notation, read by the numeral layer in peer mode
  const scientific: [number, number][] = opts.kilo
    ? [...text.matchAll(SCIENTIFIC)].map((m) => [m.index!, m.index! + m[0].length])
    : [];
  // Digits inside Latin tokens (5G, A2021, x86, abc123@qq.com) and digit runs glued to an e-mail '@'.
  // The runs of [A-Za-z0-9_] are found by char code: most are plain numbers, which need no string.
  for (let s = 0; s < text.length; ) {
    if (!isWordCode(codeAt(text, s))) {
      s++;
      continue;
    }
    let e = s;
    let digit = false;
    let letter = false;
    for (let u = codeAt(text, e); isWordCode(u); u = codeAt(text, ++e)) {
      if (u >= 0x30 && u <= 0x39) digit = true;
      else letter = true;
    }
    const start = s;
    s = e;
    if (e - start === 1 || !digit) continue;
    // letters alone stay (US$20, GDP); letters glued to digits make a code
    const latin = letter;
    if (latin && opts.kilo && KILO.test(text.slice(start, e))) continue;
    if (latin && insideSome(scientific, start, e)) continue;
    if (latin || codeAt(text, e) === AT || codeAt(text, start - 1) === AT) mask(start, e);
  }
  if (!any) return text;
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    const flag = masked[i];
    while (j < text.length && masked[j] === flag) j++;
    parts.push(flag ? MASK.repeat(j - i) : text.slice(i, j));
    i = j;
  }
  return parts.join('');
}
