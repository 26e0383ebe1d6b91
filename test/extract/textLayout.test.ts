import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYOUT_SEPARATORS, isSpaceCode, layoutOf, matchesOf, spanAt, spanIndexAt, textOf, type Span } from '../../src/extract/textLayout.js';

describe('layoutOf', () => {
  const text = '今年以来，某区签约项目12个；在谈项目8个。总投资30亿元！\n第二段没有句号';
  const layout = layoutOf(text);

  it('splits paragraphs on line breaks, sentences on 。！？, clauses on ，；：', () => {
    expect(layout.paragraphs.map((s) => textOf(layout, s))).toEqual([
      '今年以来，某区签约项目12个；在谈项目8个。总投资30亿元！',
      '第二段没有句号',
    ]);
    expect(layout.sentences.map((s) => textOf(layout, s))).toEqual([
      '今年以来，某区签约项目12个；在谈项目8个。',
      '总投资30亿元！',
      '第二段没有句号',
    ]);
    expect(layout.clauses.map((s) => textOf(layout, s))).toEqual([
      '今年以来，',
      '某区签约项目12个；',
      '在谈项目8个。',
      '总投资30亿元！',
      '第二段没有句号',
    ]);
  });

  it.each([
    [0, 0],
    [text.indexOf('12'), 1],
    [text.indexOf('8个'), 2],
    [text.indexOf('30'), 3],
    [text.indexOf('第二'), 4],
    [text.indexOf('\n'), -1],
    [text.length + 5, -1],
  ])('clause index at offset %i is %i', (offset, index) => {
    expect(spanIndexAt(layout.clauses, offset)).toBe(index);
    expect(spanAt(layout.clauses, offset)).toBe(index < 0 ? null : layout.clauses[index]);
  });
});

// The splitting as first written (a separator search per span, bounded by a slice), kept here as
// the reference the linear version must agree with.
function referenceLayout(text: string): { paragraphs: Span[]; sentences: Span[]; clauses: Span[] } {
  const trim = (s: Span): Span => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end };
  };
  const splitBy = (outer: Span, re: RegExp): Span[] => {
    const spans: Span[] = [];
    let from = outer.start;
    re.lastIndex = outer.start;
    const slice = text.slice(0, outer.end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const end = m.index + m[0].length;
      if (end > from) spans.push(trim({ start: from, end }));
      from = end;
    }
    if (from < outer.end) spans.push(trim({ start: from, end: outer.end }));
    return spans.filter((s) => s.end > s.start);
  };
  const paragraphs = splitBy({ start: 0, end: text.length }, /\n/g);
  const sentences = paragraphs.flatMap((p) => splitBy(p, /[。！？!?]+[”’"』」]?|\n/g));
  const clauses = sentences.flatMap((s) => splitBy(s, /[，,；;：:]/g));
  return { paragraphs, sentences, clauses };
}

describe('layoutOf agrees with the reference splitting', () => {
  const alphabet = fc.constantFrom(...'今年签约项目5个，总投资。！？!?”’"』」；;：:, \n\t'.split(''));
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((cs) => cs.join('')), (text) => {
        const { paragraphs, sentences, clauses } = layoutOf(text);
        expect({ paragraphs, sentences, clauses }).toEqual(referenceLayout(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits a million one-character lines without rescanning the text per line', () => {
    const text = '1\n'.repeat(500_000);
    expect(layoutOf(text).clauses).toHaveLength(500_000);
  });
});

describe('layout separators found by code unit', () => {
  // sentenceEnds/clauseEnds/lineBreaks stand for matchesOf with the regexes: the same spans,
  // written flat as [start, end, start, end, …].
  const flat = (spans: Span[]): number[] => spans.flatMap((s) => [s.start, s.end]);
  const texts = [
    '', '。', '签约项目56个；在谈项目76个。', '他说：“好！！”然后？？』走了\n\n下一段!?」', '"a"?"b"', '，,；;：:', '。。”。\n。',
  ];
  // plus every string of up to 4 characters over the separators and two others
  const alphabet = ['。', '！', '？', '!', '?', '”', '’', '"', '』', '」', '\n', '，', ':', '中', ' '];
  const grow = (xs: string[]) => xs.flatMap((x) => alphabet.map((c) => x + c));
  let level = [''];
  for (let n = 1; n <= 3; n++) texts.push(...(level = grow(level)));
  it('gives the spans the regexes give', () => {
    for (const t of texts) {
      expect(LAYOUT_SEPARATORS.sentenceEnds(t)).toEqual(flat(matchesOf(t, LAYOUT_SEPARATORS.SENTENCE_END)));
      expect(LAYOUT_SEPARATORS.clauseEnds(t)).toEqual(flat(matchesOf(t, LAYOUT_SEPARATORS.CLAUSE_END)));
      expect(LAYOUT_SEPARATORS.lineBreaks(t)).toEqual(flat(matchesOf(t, /\n/g)));
    }
  });
});

describe('isSpaceCode', () => {
  it('is /\\s/ on every code unit', () => {
    for (let u = 0; u < 0x10000; u++) if (isSpaceCode(u) !== /\s/.test(String.fromCharCode(u))) expect(u).toBe(-1);
  });
});
