import { describe, expect, it } from 'vitest';
import { layoutOf, spanAt, spanIndexAt, textOf } from '../../src/extract/textLayout.js';

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
