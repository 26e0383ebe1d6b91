// Han tests by code unit, without a regex run per character: the answer of /\p{Script=Han}/u for
// each BMP code unit is computed once, on first use, and kept in a table. Surrogates are never Han
// alone (the regex says so too); a pair is tested as one code point, as a /u regex reads it.

const HAN = /\p{Script=Han}/u;
// 0: not asked yet, 1: Han, 2: not Han.
const known = new Uint8Array(0x10000);

/** Whether one UTF-16 code unit (a string of it) is a Han character: HAN.test(String.fromCharCode(c)). */
export function isHanUnit(c: number): boolean {
  let k = known[c];
  if (k === 0) known[c] = k = HAN.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * End of the run of Han code points and `extra` code units that starts at `from`, reading no
 * further than `limit`: the length /^[\p{Script=Han}<extra>]*​/u matches in text.slice(from, limit).
 * A surrogate pair cut by `limit` is a lone surrogate there, so it ends the run.
 */
export function hanRunEnd(text: string, from: number, limit: number, extra: ReadonlySet<number>): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isHanUnit(c) || extra.has(c)) i++;
    else if (isHigh(c) && i + 1 < limit && isLow(text.charCodeAt(i + 1)) && HAN.test(text.slice(i, i + 2))) i += 2;
    else break;
  }
  return i;
}

/**
 * Start of the run of Han code points and `extra` code units that ends at `to`, reading no further
 * back than `from`: where /[\p{Script=Han}<extra>]+$/u matches in text.slice(from, to) (to if it
 * does not). A pair cut by `from` is a lone surrogate there, so it ends the run.
 */
export function hanRunStart(text: string, from: number, to: number, extra: ReadonlySet<number>): number {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (isHanUnit(c) || extra.has(c)) i--;
    else if (isLow(c) && i - 2 >= from && isHigh(text.charCodeAt(i - 2)) && HAN.test(text.slice(i - 2, i))) i -= 2;
    else break;
  }
  return i;
}
