// halfWidthOf scans code units through a table, and the pinyin-gloss regex checks the character
// before the parenthesis after it; both must give what the plain regexes gave on any text.
import { describe, expect, it } from 'vitest';
import { halfWidthOf, tidyWhitespace, widthMapOf, widthTableOf, withoutPinyinGlosses } from '../../src/normalize/normalizeText.js';

const map = widthMapOf();
const byRegex = (s: string) => {
  const re = new RegExp(`[${[...map.keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
  return s.replace(re, (c) => map.get(c) ?? c);
};

const TONE_VOWEL = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `(?:[a-zA-Zü]{0,5}[${TONE_VOWEL}][a-zü${TONE_VOWEL}]{0,5}|(?=[a-zü]{2,7}[1-5])[a-zü]{0,5}[aeiouvü][a-zü]{0,5}[1-5])`;
const OLD_GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])[(（][ \\t]{0,2}${SYLLABLE}(?:[ \\t'’-]{1,2}${SYLLABLE}){0,3}[ \\t]{0,2}[)）]`, 'g');

let seed = 3;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const randomText = (alphabet: string[], max: number) => Array.from({ length: rand() % max }, () => alphabet[rand() % alphabet.length]).join('');

describe('halfWidthOf', () => {
  it('has a code-unit table for the built-in width rules', () => {
    expect(widthTableOf(map)).not.toBeNull();
  });

  it('refuses a table for astral or surrogate keys', () => {
    expect(widthTableOf(new Map([['\u{20000}', 'x']]))).toBeNull();
    expect(widthTableOf(new Map([['\ud800', 'x']]))).toBeNull();
    expect(widthTableOf(new Map([['Ａ', 'A']]))![0xff21]).toBe('A');
  });

  it.each(['', '签约项目', 'ＡＢＣ１２３％（）', '总投资５６亿元，同比增长１２．５％。', '\u3000\u00a0x', '\ud83d\ude00Ａ\ud83dＡ\ude00'])('%s: same as the regex', (s) => {
    expect(halfWidthOf(s)).toBe(byRegex(s));
  });

  it('random text over the map keys, surrogates and ordinary characters: same as the regex', () => {
    const alphabet = [...map.keys(), '签', '约', 'a', '1', '，', '\ud83d', '\ude00', '\ud83d\ude00', '\u{20000}'];
    for (let k = 0; k < 3000; k++) {
      const s = randomText(alphabet, 20);
      expect(halfWidthOf(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});

describe('withoutPinyinGlosses', () => {
  it.each(['新鄉(xiāng)市牧野區(qū)', '區（qu1）', '(xiāng)', 'a(xiāng)', '经济(ACS)', '（深圳）', '經(jīng ji4)濟', '鄉 (xiāng)', '鄉((xiāng))'])('%s: same as the look-behind-first regex', (s) => {
    expect(withoutPinyinGlosses(s)).toBe(s.replace(OLD_GLOSS, ''));
  });

  it('random text around parentheses: same as the look-behind-first regex', () => {
    const alphabet = ['鄉', '區', 'a', '(', ')', '（', '）', 'xiāng', 'qu1', ' ', "'", 'ji', '3', '\t'];
    for (let k = 0; k < 5000; k++) {
      const s = randomText(alphabet, 14);
      expect(withoutPinyinGlosses(s), JSON.stringify(s)).toBe(s.replace(OLD_GLOSS, ''));
    }
  });
});

describe('tidyWhitespace', () => {
  // as it was: every line through replace, trim and the empty-line filter
  const reference = (s: string) =>
    s.split('\n').map((l) => l.replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim()).filter(Boolean).join('\n');

  it.each(['', 'a', 'a b', 'a  b', ' a', 'a ', '\na', 'a\n', 'a\n\nb', 'a\rb', 'a\r', '\ufeffa', 'a\u2028', 'a\u2028b', 'a\u3000b', '签约\n项目 12 个'])('%j: same as line by line', (s) => {
    expect(tidyWhitespace(s)).toBe(reference(s));
  });

  it('random text of every kind of white space: same as line by line', () => {
    const alphabet = ['a', '签', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u3000', '\u2028', '\u2029', '\ufeff', '\u200b', '\v', '\f', '\u1680', '\u205f'];
    for (let k = 0; k < 5000; k++) {
      const s = randomText(alphabet, 12);
      expect(tidyWhitespace(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
