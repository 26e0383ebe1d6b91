// Exact decimal arithmetic for figures: a value is `digits × 10^exp` with a BigInt mantissa, so
// 147.2亿 is 1472 × 10^7 and prints as 14720000000 — never 14719999999.999998 from float multiplication.

export interface Decimal {
  readonly digits: bigint;
  readonly exp: number;
}

export const ZERO: Decimal = { digits: 0n, exp: 0 };

/** "1,303.7" / "147.2" / ".5" / "-3" → Decimal; null when the string holds no digits. */
export function decimalOf(text: string): Decimal | null {
  const plain = plainDecimalOf(text);
  if (plain) return plain;
  if (/^\d{1,15}$/.test(text)) return { digits: BigInt(text), exp: 0 };
  const clean = text.includes(',') ? text.replace(/,/g, '') : text;
  const m = /^(?<sign>-?)(?<int>\d*)(?:\.(?<frac>\d*))?$/.exec(clean);
  if (!m || !m.groups) return null;
  const { sign, int, frac = '' } = m.groups;
  if (!int && !frac) return null;
  const digits = BigInt((int || '0') + frac);
  return { digits: sign ? -digits : digits, exp: -frac.length };
}

/**
 * The common forms without a regex: up to 15 digits ("29"), or digits, a point and digits
 * ("147.2"); null for anything else (signs, commas, ".5", longer integers), which decimalOf
 * reads as before. Same values: 147.2 → 1472 × 10^-1.
 */
function plainDecimalOf(text: string): Decimal | null {
  let dot = -1;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0x30 && u <= 0x39) continue;
    if (u !== 0x2e || dot >= 0 || i === 0) return null;
    dot = i;
  }
  if (dot < 0) return text.length >= 1 && text.length <= 15 ? { digits: BigInt(text), exp: 0 } : null;
  if (dot === text.length - 1) return null;
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), exp: dot + 1 - text.length };
}

export function decimalOfInt(n: number): Decimal {
  return { digits: BigInt(n), exp: 0 };
}

/** d × 10^n: shifting the exponent is the whole point — no float multiplication. */
export function shifted(d: Decimal, n: number): Decimal {
  return { digits: d.digits, exp: d.exp + n };
}

export function sumOf(a: Decimal, b: Decimal): Decimal {
  if (b.digits === 0n) return a;
  if (a.digits === 0n) return b;
  const exp = Math.min(a.exp, b.exp);
  return { digits: a.digits * 10n ** BigInt(a.exp - exp) + b.digits * 10n ** BigInt(b.exp - exp), exp };
}

export function productOf(a: Decimal, k: bigint): Decimal {
  return { digits: a.digits * k, exp: a.exp };
}

export function negated(d: Decimal): Decimal {
  return { digits: -d.digits, exp: d.exp };
}

export function isZero(d: Decimal): boolean {
  return d.digits === 0n;
}

/** Plain decimal notation without exponent or trailing zeros: 1472e7 → "14720000000", 25e-1 → "2.5". */
export function decimalString(d: Decimal): string {
  const neg = d.digits < 0n;
  let s = (neg ? -d.digits : d.digits).toString();
  let out: string;
  if (d.exp >= 0) {
    out = s === '0' ? '0' : s + '0'.repeat(d.exp);
  } else {
    const places = -d.exp;
    s = s.padStart(places + 1, '0');
    const int = s.slice(0, s.length - places);
    const frac = s.slice(s.length - places).replace(/0+$/, '');
    out = frac ? `${int}.${frac}` : int;
  }
  return neg && out !== '0' ? `-${out}` : out;
}

/** The nearest double, parsed from the exact decimal string (so 147.2亿 → 14720000000 exactly). */
export function numberOf(d: Decimal): number {
  if (d.exp === 0) return Number(d.digits);
  // Fast path (Clinger): mantissa and power of ten are both exact doubles, so the one IEEE
  // multiplication or division rounds the exact product/quotient once: the correctly rounded
  // value, the very double the string conversion below gives.
  if (d.exp >= -22 && d.exp <= 22 && d.digits <= MAX_EXACT && d.digits >= -MAX_EXACT) {
    const m = Number(d.digits);
    return d.exp > 0 ? m * EXACT_POWERS[d.exp] : m / EXACT_POWERS[-d.exp];
  }
  // String → number conversion is correctly rounded for any decimal form, so "1472e7" gives the same
  // double as "14720000000" without building the long string.
  return Number(`${d.digits}e${d.exp}`);
}

/** 2^53: every integer up to it in magnitude is an exact double. */
const MAX_EXACT = 9007199254740992n;
/** 10^0 … 10^22, the powers of ten that are exact doubles. */
const EXACT_POWERS: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
