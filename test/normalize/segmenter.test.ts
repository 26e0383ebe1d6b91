// The whole-word check the labeller uses, and nodejieba's lazy, once-per-process load.
import { describe, expect, it } from 'vitest';
import { isDomainWord, isWholeWord, isWholeWordIn, mayJoin, PairSet, pairsOfDictionaries, segmenterLoaded, tokensOf, wordsOfUserDict, addDomainWords } from '../../src/normalize/segmenter.js';

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

  describe('pairs of dictionary words (where a cut may join two characters)', () => {
    const pairs = pairsOfDictionaries(['外资企业 100 n\n一 2000 m\n 空词 3 n\n注册资本 50 n', '签约项目 20 n\n正在\n'], new Set(['签约项目']))!;
    const table: [string, boolean][] = [
      ['外资', true], ['资企', true], ['企业', true], ['册资', true], ['正在', true],
      // a domain word is left out: a keyword may cut into it
      ['签约', false], ['约项', false],
      // only the word before the first space: not the frequency, not a line that starts with a space
      ['10', false], ['空词', false],
      ['业注', false], ['业\n', false],
    ];
    it.each(table)('%s → %s', (ab, expected) => {
      expect(pairs.has(ab.charCodeAt(0), ab.charCodeAt(1))).toBe(expected);
    });

    it('rules nothing out when a file did not decode cleanly', () => {
      expect(pairsOfDictionaries(['外资企业 100 n\n\uFFFD 1 n'], new Set())).toBeNull();
    });

    const offsets: [string, number, boolean][] = [
      ['外资企业', 2, true], ['外资项目', 2, false], ['外资', 2, false],
      // inside a surrogate pair: one character, always a token of its own
      ['\u{20000}', 1, true],
    ];
    it.each(offsets)('mayJoin(%s, %i) → %s', (text, offset, expected) => {
      expect(mayJoin(pairs, text, offset)).toBe(expected);
    });
  });

  /** The rule isWholeWord states, read off the tokens of the stretch (no shortcut, no offsets cache). */
  const byTokens = (stretch: string, end: number): boolean =>
    !tokensOf(stretch)!.some((t) => t.start < end && end < t.end && !isDomainWord(t.word));

  const stretches = [
    '全区开工在建项目40个，项目正在建设之中',
    '全区外资企业达到60家，实际利用外资800万美元',
    '新公司注册资本3000万元，4只基金注册落地',
    '今年以来新签约项目12个，签约金额383.6亿元',
    '共谋划项目90个，正在建设的外资企业注册资本共计5亿元',
  ];
  it.each(stretches)('isWholeWordIn agrees with the tokens of the stretch at every offset: %s', (text) => {
    let cuts = 0;
    for (let from = 0; from < text.length; from += 5) {
      for (const to of [text.length, Math.min(text.length, from + 12)]) {
        const slice = text.slice(from, to);
        for (let end = from; end <= to; end++) {
          const expected = byTokens(slice, end - from);
          if (!expected) cuts++;
          expect(isWholeWordIn(text, from, to, Math.max(from, end - 2), end), `${slice} @${end - from}`).toBe(expected);
        }
      }
    }
    // the stretches hold words that must not be cut into: the check is not vacuous
    expect(cuts).toBeGreaterThan(0);
  });

  it('PairSet holds exactly the pairs added, through growth and the pair of two NULs', () => {
    const set = new PairSet();
    const added = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const a = (x >>> 16) % 300 + (i % 2 ? 0x4e00 : 0);
      const b = x % 300;
      set.add(a, b);
      added.add(a * 0x10000 + b);
    }
    set.add(0, 0);
    for (let a = 0; a < 300; a++) {
      for (const hi of [0, 0x4e00]) {
        for (let b = 0; b < 300; b++) expect(set.has(a + hi, b)).toBe(added.has((a + hi) * 0x10000 + b) || (a + hi === 0 && b === 0));
      }
    }
    expect(new PairSet().has(0, 0)).toBe(false);
  });
});
