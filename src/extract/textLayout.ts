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

function splitBy(text: string, outer: Span, re: RegExp): Span[] {
  const spans: Span[] = [];
  let from = outer.start;
  re.lastIndex = outer.start;
  const slice = text.slice(0, outer.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const end = m.index + m[0].length;
    if (end > from) spans.push(trimSpan(text, { start: from, end }));
    from = end;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (from < outer.end) spans.push(trimSpan(text, { start: from, end: outer.end }));
  return spans.filter((s) => s.end > s.start);
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function layoutOf(text: string): TextLayout {
  const paragraphs = splitBy(text, { start: 0, end: text.length }, /\n/g);
  const sentences = paragraphs.flatMap((p) => splitBy(text, p, SENTENCE_END));
  const clauses = sentences.flatMap((s) => splitBy(text, s, CLAUSE_END));
  return { text, paragraphs, sentences, clauses };
}

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
