// The whole-word check the labeller uses, and nodejieba's lazy, once-per-process load.
import { describe, expect, it } from 'vitest';
import { isWholeWord, segmenterLoaded, tokensOf, wordsOfUserDict, addDomainWords } from '../../src/normalize/segmenter.js';

/** Whether `word` (its first occurrence in `sentence`) reads as a word there. */
const whole = (sentence: string, word: string): boolean => {
  const at = sentence.indexOf(word);
  if (at < 0) throw new Error(`${word} not in ${sentence}`);
  return isWholeWord(sentence, at, at + word.length);
};

describe('segmenter', () => {
  it('does not load nodejieba until a sentence needs segmenting', () => {
    addDomainWords(['签约项目']);
    expect(segmenterLoaded()).toBe(false);
    tokensOf('全区签约项目12个');
    expect(segmenterLoaded()).toBe(true);
  });

  it('keeps every character, so offsets hold', () => {
    const s = '开工在建项目135个，资金到位率44.62%。';
    const tokens = tokensOf(s)!;
    expect(tokens.map((t) => t.word).join('')).toBe(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.word);
  });

  const cases: [string, string, boolean][] = [
    ['全区开工在建项目40个', '在建', true],
    ['项目正在建设之中', '在建', false],
    ['全区外资企业达到60家', '外资', false],
    ['实际利用外资800万美元', '外资', true],
    ['新公司注册资本3000万元', '注册', false],
    ['4只基金注册落地', '注册', true],
    ['新签约项目12个', '签约', true],
    ['全市共谋划项目90个', '谋划', true],
  ];
  it.each(cases)('%s: %s is a whole word → %s', (sentence, word, expected) => {
    expect(whole(sentence, word)).toBe(expected);
  });

  it('reads the words of a user dictionary', () => {
    expect(wordsOfUserDict('签约项目 20 n\n# note\n\n市外资金 20 n\n')).toEqual(['签约项目', '市外资金']);
  });
});
