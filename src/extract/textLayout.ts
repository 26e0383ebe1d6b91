// Paragraph, sentence and clause spans of a normalized text, for "its own clause, else its
// sentence, else the paragraph" rules. Offsets are UTF-16 indexes into the text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextLayout {
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  clauses: Span[];
}

// Sentence ends: 。！？; and a line break. `;`/`；` end a clause, not a sentence: the lists in
// these reports ("签约项目56个；在谈项目76个") share their period words across semicolons.
const SENTENCE_END = /[。！？!?]+[”’"』」]?|\n/g;
// Clause ends inside a sentence: ，,；;：: and the enumeration comma only between clauses
// with numbers is too fine, so 、 does not split.
const CLAUSE_END = /[，,；;：:]/g;

/** Every match of `re` (a /g regex) in text, once: [start, end) pairs in order. exec, not matchAll: no iterator per match. */
export function matchesOf(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Splits each of `outers` (sorted, disjoint) at the separator matches inside it. The matches are
 * found once for the whole text and walked with one cursor, so the split is linear: a separator
 * search per span would rescan the rest of the text whenever a span holds no separator.
 */
function splitAll(text: string, outers: Span[], separators: Separators): Span[] {
  const spans: Span[] = [];
  const count = separators.length >> 1;
  const startOf = (k: number): number => separators[2 * k];
  const endOf = (k: number): number => separators[2 * k + 1];
  let k = 0;
  for (const outer of outers) {
    while (k < count && endOf(k) <= outer.start) k++;
    // Nothing splits it and it is trimmed already: the outer span serves as its only part. Spans
    // are read, never changed, so sharing is safe, and a text of short lines (a paragraph = a
    // sentence = a clause) makes one span a line instead of three.
    if ((k === count || startOf(k) >= outer.end) && isTrimmed(text, outer)) {
      spans.push(outer);
      continue;
    }
    let from = outer.start;
    for (; k < count && startOf(k) < outer.end; k++) {
      const end = Math.min(endOf(k), outer.end);
      if (end > from) pushTrimmed(text, spans, from, end);
      from = end;
    }
    if (from < outer.end) pushTrimmed(text, spans, from, outer.end);
  }
  return spans;
}

/**
 * [start, end) without its leading and trailing white space, added to spans unless nothing is
 * left. By code unit: /\s/.test(text[i]) made a one-character string per test (a new one for
 * every Han character), and a span and a filtered copy of the list were made besides.
 */
function pushTrimmed(text: string, spans: Span[], from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/** Whether the span is not empty and neither starts nor ends with white space. */
function isTrimmed(text: string, span: Span): boolean {
  return span.end > span.start && !isSpaceCode(text.charCodeAt(span.start)) && !isSpaceCode(text.charCodeAt(span.end - 1));
}

/** Whether the code unit is one /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(u: number): boolean {
  if (u <= 0x20) return u === 0x20 || (u >= 0x09 && u <= 0x0d);
  if (u < 0xa0) return false;
  return u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) || u === 0x2028 || u === 0x2029 ||
    u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff;
}

export function layoutOf(text: string): TextLayout {
  const whole: Span[] = [{ start: 0, end: text.length }];
  const paragraphs = splitAll(text, whole, lineBreaks(text));
  const sentences = splitAll(text, paragraphs, sentenceEnds(text));
  const clauses = splitAll(text, sentences, clauseEnds(text));
  return { text, paragraphs, sentences, clauses };
}

// The separators are found by code unit, as /\n/g, SENTENCE_END and CLAUSE_END match them: a match
// array per separator was the largest share of regex garbage of an article.

/**
 * Separator matches as flat [start, end, start, end, …] numbers: a text of short lines has as many
 * separators as lines, and an object per separator was garbage the moment the split was done.
 */
type Separators = number[];

/** matchesOf(text, /\n/g). */
function lineBreaks(text: string): Separators {
  const out: Separators = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i, i + 1);
  return out;
}

/** 。！？!? */
function isSentencePunct(u: number): boolean {
  return u === 0x3002 || u === 0xff01 || u === 0xff1f || u === 0x21 || u === 0x3f;
}

/** ”’"』」 */
function isClosingQuote(u: number): boolean {
  return u === 0x201d || u === 0x2019 || u === 0x22 || u === 0x300f || u === 0x300d;
}

/** matchesOf(text, SENTENCE_END): a run of sentence punctuation and one closing quote, or a line break. */
function sentenceEnds(text: string): Separators {
  const out: Separators = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (u === 0x0a) {
      out.push(i, i + 1);
      continue;
    }
    if (!isSentencePunct(u)) continue;
    let e = i + 1;
    while (e < n && isSentencePunct(text.charCodeAt(e))) e++;
    if (e < n && isClosingQuote(text.charCodeAt(e))) e++;
    out.push(i, e);
    i = e - 1;
  }
  return out;
}

/** matchesOf(text, CLAUSE_END): ，,；;：: one by one. */
function clauseEnds(text: string): Separators {
  const out: Separators = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u === 0xff0c || u === 0x2c || u === 0xff1b || u === 0x3b || u === 0xff1a || u === 0x3a) out.push(i, i + 1);
  }
  return out;
}

/** For the tests: the regexes the scanners above stand for. */
export const LAYOUT_SEPARATORS = { SENTENCE_END, CLAUSE_END, sentenceEnds, clauseEnds, lineBreaks };

/** Index of the span of `spans` (sorted, disjoint) that contains offset, or -1. Binary search. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span of `spans` (sorted, disjoint) that contains offset, or null. */
export function spanAt(spans: Span[], offset: number): Span | null {
  const i = spanIndexAt(spans, offset);
  return i < 0 ? null : spans[i];
}

export function textOf(layout: TextLayout, s: Span): string {
  return layout.text.slice(s.start, s.end);
}
