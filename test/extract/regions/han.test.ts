// isHanUnit and hanRunEnd answer as the /\p{Script=Han}/u regexes they replace.
import { describe, expect, it } from 'vitest';
import { hanRunEnd, hanRunStart, isHanUnit } from '../../../src/extract/regions/han.js';

const BRACKETS = new Set([...'()（）'].map((c) => c.charCodeAt(0)));

describe('isHanUnit', () => {
  const cases: [string, boolean][] = [
    ['中', true], ['〇', true], ['々', true], ['a', false], ['1', false], ['，', false], ['（', false],
    ['ア', false], ['\uD840', false], ['\uDC00', false], ['\u3400', true], ['\uF900', true],
  ];
  it.each(cases)('%s → %s', (c, han) => {
    expect(isHanUnit(c.charCodeAt(0))).toBe(han);
    // asked twice: the table answers the same as the first computation
    expect(isHanUnit(c.charCodeAt(0))).toBe(han);
  });
  it('agrees with the regex on every BMP code unit', () => {
    const re = /\p{Script=Han}/u;
    for (let c = 0; c < 0x10000; c += 7) expect(isHanUnit(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
  });
});

describe('hanRunEnd', () => {
  const reference = (text: string, from: number, limit: number) =>
    /^[\p{Script=Han}()（）]*/u.exec(text.slice(from, limit))![0].length + from;
  const cases: [string, number, number, number][] = [
    // text, from, limit, expected end
    ['郑州三纯新能源科技有限公司。', 0, 14, 13],
    ['郑州三纯新能源科技有限公司。', 2, 16, 13],
    ['中科星联(深圳)公司，', 0, 14, 10],
    ['abc', 0, 3, 0],
    ['平顶山，', 0, 4, 3],
    ['长长长长长长长长长长长长长长长长', 0, 14, 14],
    // 𠀀 (U+20000) is Han outside the BMP: a pair counts, a pair cut by the limit ends the run
    ['𠀀区', 0, 3, 3],
    ['区𠀀', 0, 2, 1],
    ['区\uD840x', 0, 3, 1],
    ['', 0, 0, 0],
  ];
  it.each(cases)('%s from %i to %i → %i', (text, from, limit, end) => {
    expect(hanRunEnd(text, from, limit, BRACKETS)).toBe(end);
    expect(reference(text, from, limit)).toBe(end);
  });
});

describe('hanRunStart', () => {
  const LIST = new Set(['、'.charCodeAt(0)]);
  const reference = (text: string, from: number, to: number) => {
    const m = /[\p{Script=Han}、]+$/u.exec(text.slice(from, to));
    return m ? from + m.index : to;
  };
  const cases: [string, number, number, number][] = [
    // text, from, to, expected start
    ['赴北京、上海、广州', 0, 7, 0],
    ['团队3人赴北京、上海、', 0, 11, 3],
    ['团队3人赴北京、上海、', 6, 11, 6],
    ['abc、', 0, 4, 3],
    ['abc', 0, 3, 3],
    ['', 0, 0, 0],
    ['x𠀀、', 0, 4, 1],
    // the pair is cut by from: its low half alone is no Han
    ['𠀀、', 1, 3, 2],
  ];
  it.each(cases)('%s [%i, %i) → %i', (text, from, to, start) => {
    expect(hanRunStart(text, from, to, LIST)).toBe(start);
    expect(reference(text, from, to)).toBe(start);
  });
});
