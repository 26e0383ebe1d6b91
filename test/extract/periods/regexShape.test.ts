import { describe, expect, it } from 'vitest';
import { firstUnitsOf, maxMatchLength } from '../../../src/extract/periods/regexShape.js';
import { periodParsers } from '../../../src/extract/periods/periodParsers.js';
import { loadPeriodWords } from '../../../src/extract/periods/periodWords.js';

describe('maxMatchLength', () => {
  const CASES: [string, number][] = [
    ['abc', 3],
    ['a|bcd|ef', 3],
    ['(?:ab)?c', 3],
    ['a{2,5}', 5],
    ['a{3}', 3],
    ['a{2,5}?b', 6],
    ['x{', 2], // a literal brace
    ['[abc]\\d', 2],
    ['[^\\]]x', 2],
    ['[]x', 2],
    ['(?<![\\d])(?<y>\\d{4})年', 5],
    ['(?=abc)d', 1],
    ['(?!abc)(?<=q)d\\b', 1],
    ['\\u5e74\\x41\\.', 3],
    ['^a$', 1],
    ['(?:a|(?:bc){2})d', 5],
    ['a*', Infinity],
    ['a+b', Infinity],
    ['a{2,}', Infinity],
    ['(?<s>a)\\k<s>', Infinity],
    ['(a)\\1', Infinity],
    ['(?:a', Infinity],
    ['a)', Infinity],
    ['[ab', Infinity],
  ];
  it.each(CASES)('%s → %s', (source, n) => expect(maxMatchLength(source)).toBe(n));

  it('bounds every period pattern that has needs', () => {
    for (const p of periodParsers(loadPeriodWords())) {
      if (p.needs) expect(maxMatchLength(p.pattern.source), p.id).toBeLessThan(100);
    }
  });
});

describe('firstUnitsOf', () => {
  const CASES: [string, string | null][] = [
    ['abc', 'a'],
    ['b|a', 'ab'],
    ['(?:今年|去年)?月', '今去月'],
    ['(?<!\\d)(?<w>(?:截至|截止))', '截'],
    ['(?=x)y', 'y'],
    ['a?b*c', 'abc'],
    ['(?:a?)b', 'ab'],
    ['\\-x', '-'],
    ['a{0,2}b{1,3}c', 'ab'],
    ['\\d月', null],
    ['(?:今年)?[一二]月', null],
    ['.x', null],
    ['\\1a', null],
    ['(?:a', null],
  ];
  it.each(CASES)('%s → %s', (source, units) => expect(firstUnitsOf(source)).toBe(units));
});
