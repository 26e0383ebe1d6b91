import { describe, expect, it } from 'vitest';
import { longestEndingAt, wordIndexOf } from '../../../src/extract/regions/wordIndex.js';

describe('wordIndexOf', () => {
  const ix = wordIndexOf(['赴', '前往', '走进', '进', '对标', '标', '前往', '']);
  it('files words by first and last code unit, longest first, each once', () => {
    expect(ix.byFirst.get('前'.charCodeAt(0))).toEqual(['前往']);
    expect(ix.byLast.get('进'.charCodeAt(0))).toEqual(['走进', '进']);
    expect(ix.byLast.get('标'.charCodeAt(0))).toEqual(['对标', '标']);
    expect([...ix.byFirst.values()].flat().sort()).toEqual(['前往', '标', '赴', '对标', '走进', '进'].sort());
  });

  const cases: [string, number, number, string | null][] = [
    // text, from, end, longest word ending at end inside [from, end)
    ['团队走进平顶山', 0, 4, '走进'],
    ['团队走进平顶山', 3, 4, '进'],
    ['团队走进平顶山', 4, 4, null],
    ['对标平顶山', 0, 2, '对标'],
    ['对标平顶山', 1, 2, '标'],
    ['我们平顶山', 0, 2, null],
    ['赴', 0, 1, '赴'],
  ];
  it.each(cases)('%s [%i, %i) → %s', (text, from, end, word) => {
    expect(longestEndingAt(ix, text, from, end)).toBe(word);
  });
});
