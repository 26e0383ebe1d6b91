import { describe, expect, it } from 'vitest';
import { arabicEnd } from '../../../src/extract/numbers/findNumerals.js';
import { codeFlagsOf } from '../../../src/extract/numbers/numberTables.js';

// arabicEnd() is a hand-written stand-in for this regex: it must end where the regex match ends.
const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y;

function regexEnd(text: string, i: number): number {
  ARABIC.lastIndex = i;
  const m = ARABIC.exec(text);
  return m ? i + m[0].length : i;
}

describe('arabicEnd', () => {
  const cases: [string, number, number][] = [
    ['29个', 0, 2], ['1,303.7亿', 0, 7], ['1,3037', 0, 1], ['1,303,', 0, 5], ['1,303,4', 0, 5], ['12.', 0, 2],
    ['12.5.6', 0, 4], ['.5', 0, 0], ['x', 0, 0], ['', 0, 0], ['a1,000', 1, 6], ['1,000.25万', 0, 8], ['7-10', 0, 1],
    ['1,00', 0, 1], ['1,0000', 0, 1], ['１２', 0, 0], ['3.14159', 0, 7], ['1,234,567', 0, 9],
  ];
  it.each(cases)('%s from %i ends at %i', (text, i, end) => {
    expect(arabicEnd(text, i)).toBe(end);
    expect(regexEnd(text, i)).toBe(end);
  });

  it('agrees with the regex on every position of mixed digit text', () => {
    const alphabet = '0123456789,.元万 ';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = rand() % 14; k > 0; k--) text += alphabet[rand() % alphabet.length];
      for (let i = 0; i <= text.length; i++) expect(arabicEnd(text, i), `${text} @${i}`).toBe(regexEnd(text, i));
    }
  });
});

describe('codeFlagsOf', () => {
  it('flags each one-code-unit string and nothing else', () => {
    const flags = codeFlagsOf(['万', '%', 'ab', '', '\u{20000}']);
    expect(flags['万'.charCodeAt(0)]).toBe(1);
    expect(flags['%'.charCodeAt(0)]).toBe(1);
    expect(flags['a'.charCodeAt(0)]).toBe(0);
    expect(flags['\u{20000}'.charCodeAt(0)]).toBe(0);
    expect([...flags].filter((f) => f === 1).length).toBe(2);
  });
});
