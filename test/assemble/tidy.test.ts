// Record values rounded to 15 significant digits: the integer shortcut must give what the
// number-to-string trip gives.
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/assemble/assembleRecords.js';

describe('tidy', () => {
  const viaString = (x: number): number => (Object.is(x, -0) ? 0 : +x.toPrecision(15));
  const cases: number[] = [
    0, -0, 1, -1, 31, 8860000000, 0.1 * 3, 383.6 * 1e8, 12.5, -12.5, 999999999999999, -999999999999999,
    1e15, 1e15 + 1, 123456789012345680, 2 ** 53 + 2, 1e21, 1.0000000000000002, 0.30000000000000004,
    Number.MAX_SAFE_INTEGER, Infinity, -Infinity, NaN,
  ];
  it.each(cases)('%d', (x) => {
    expect(Object.is(tidy(x), viaString(x))).toBe(true);
  });

  it('turns -0 into 0 and drops float noise', () => {
    expect(Object.is(tidy(-0), 0)).toBe(true);
    expect(tidy(0.1 * 3)).toBe(0.3);
  });
});
