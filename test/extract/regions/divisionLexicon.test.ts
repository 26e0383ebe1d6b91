// The lexicon's lookup structures agree with its entries: a scan that trusts them finds every form.
import { describe, expect, it } from 'vitest';
import { divisionLexicon, mayStartPair, pairKey, shortFormOf, startsForm } from '../../../src/extract/regions/divisionLexicon.js';
import { loadRegionWords } from '../../../src/extract/regions/regionWords.js';

const lex = divisionLexicon(loadRegionWords());
const units = (s: string) => [s.charCodeAt(0), s.charCodeAt(1)] as const;

describe('pairKey', () => {
  const cases: [string, string][] = [['平顶', '郑州'], ['鼓楼', '楼鼓'], ['\uffff\u0000', '\u0000\uffff'], ['a平', '平a']];
  it.each(cases)('%s and %s have different keys, each a 32-bit integer', (x, y) => {
    const kx = pairKey(...units(x));
    const ky = pairKey(...units(y));
    expect(kx).not.toBe(ky);
    for (const k of [kx, ky]) expect(k | 0).toBe(k);
  });
  it('keys the same pair alike', () => {
    expect(pairKey(...units('平顶'))).toBe(pairKey(...units('平顶山市'.slice(0, 2))));
  });
});

describe('divisionLexicon', () => {
  const cases: [string, boolean][] = [
    ['平顶山市', true], ['平顶山', true], ['新华区', true], ['河南省', true], ['惠济区', true],
    // a county's short form is added per article, not here
    ['惠济', false], ['中山路', false],
  ];
  it.each(cases)('%s is a form: %s', (form, known) => {
    expect(lex.forms.has(form)).toBe(known);
    const [a, b] = units(form);
    const filed = lex.byFirstPair.get(pairKey(a, b))?.some((e) => e.form === form) ?? false;
    expect(filed).toBe(known);
    if (known) {
      expect(startsForm(lex, a)).toBe(true);
      expect(mayStartPair(lex, a, b)).toBe(true);
    }
  });
  it('files every form of two or more units under its pair, with starts and pairs marked', () => {
    let n = 0;
    for (const form of lex.forms) {
      if (form.length < 2) continue;
      const [a, b] = units(form);
      expect(startsForm(lex, a), form).toBe(true);
      expect(mayStartPair(lex, a, b), form).toBe(true);
      expect(lex.byFirstPair.get(pairKey(a, b))?.some((e) => e.form === form), form).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(3000);
  });
  it('rules out characters and pairs that start no form', () => {
    const none: [string, string][] = [['的', '的'], ['。', '，'], ['a', 'b']];
    for (const [x, y] of none) {
      expect(startsForm(lex, x.charCodeAt(0)), x).toBe(false);
      expect(lex.byFirstPair.get(pairKey(x.charCodeAt(0), y.charCodeAt(0))), x + y).toBeUndefined();
    }
    // 平 starts forms, but no form starts with 平的
    expect(startsForm(lex, '平'.charCodeAt(0))).toBe(true);
    expect(lex.byFirstPair.get(pairKey(...units('平的')))).toBeUndefined();
  });
  it('keeps each pair list longest first', () => {
    for (const list of lex.byFirstPair.values()) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1].form.length).toBeGreaterThanOrEqual(list[i].form.length);
    }
  });
  it('drops the suffix for short forms', () => {
    expect(shortFormOf('平顶山市')).toBe('平顶山');
    expect(shortFormOf('叶县')).toBe(null);
  });
});
