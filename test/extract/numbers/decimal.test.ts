import { describe, expect, it } from 'vitest';
import { decimalOf, numberOf, type Decimal } from '../../../src/extract/numbers/decimal.js';

// numberOf() takes a fast path (one exact multiplication/division) when it can; it must give the
// very double the decimal string parses to, on both sides of every bound of that path.
const cases: [bigint, number][] = [
  [1472n, 7], [1472n, -1], [25n, -1], [-25n, -1], [0n, -3], [1n, 22], [1n, 23], [1n, -22], [1n, -23],
  [3n, -1], [7n, -3], [123456789n, -5], [9007199254740991n, -2], [9007199254740992n, -2], [9007199254740993n, -2],
  [-9007199254740993n, 3], [12345678901234567890n, -4], [17976931348623157n, 292], [5n, -324], [49406564584124654n, -340],
  [2n, 21], [99999999999999999n, -17], [1n, -1], [3333333333333333n, -16], [1000000000000000001n, -18],
];

describe('numberOf', () => {
  it.each(cases)('%s × 10^%s is the double its decimal string parses to', (digits, exp) => {
    const d: Decimal = { digits, exp };
    expect(Object.is(numberOf(d), Number(`${digits}e${exp}`))).toBe(true);
  });

  it('agrees with string parsing on many mantissas and exponents', () => {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 20000; k++) {
      const digits = BigInt(rand()) * BigInt(rand() % 5000000) * (k % 2 ? -1n : 1n);
      const exp = (rand() % 60) - 30;
      expect(numberOf({ digits, exp })).toBe(Number(`${digits}e${exp}`));
    }
  });

  it('reads parsed decimals', () => {
    expect(numberOf(decimalOf('147.2')!)).toBe(147.2);
    expect(numberOf(decimalOf('0.1')!)).toBe(0.1);
    expect(numberOf(decimalOf('-1,303.7')!)).toBe(-1303.7);
  });
});

/** decimalOf as it was, regexes only. */
function referenceDecimalOf(text: string): Decimal | null {
  if (/^\d{1,15}$/.test(text)) return { digits: BigInt(text), exp: 0 };
  const clean = text.includes(',') ? text.replace(/,/g, '') : text;
  const m = /^(?<sign>-?)(?<int>\d*)(?:\.(?<frac>\d*))?$/.exec(clean);
  if (!m || !m.groups) return null;
  const { sign, int, frac = '' } = m.groups;
  if (!int && !frac) return null;
  const digits = BigInt((int || '0') + frac);
  return { digits: sign ? -digits : digits, exp: -frac.length };
}

describe('decimalOf', () => {
  it.each(['29', '147.2', '0.5', '05.50', '.5', '5.', '-3', '1,303.7', '1.2.3', '', '.', '1234567890123456', '123456789012345', '1e5', '12a', '00'])(
    '%j: same as the regex reading', (t) => {
      const got = decimalOf(t);
      const want = referenceDecimalOf(t);
      expect(got === null ? null : { digits: got.digits, exp: got.exp }).toEqual(want);
      if (got && want) expect(Object.is(got.exp, want.exp)).toBe(true);
    },
  );

  it('random strings of digits, points, commas and signs: same as the regex reading', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = '0123456789..,-';
    for (let k = 0; k < 20000; k++) {
      const t = Array.from({ length: rand() % 20 }, () => alphabet[rand() % alphabet.length]).join('');
      const got = decimalOf(t);
      const want = referenceDecimalOf(t);
      expect(got === null ? null : [got.digits, Object.is(got.exp, -0) ? '-0' : got.exp], t).toEqual(want === null ? null : [want.digits, Object.is(want.exp, -0) ? '-0' : want.exp]);
    }
  });
});
