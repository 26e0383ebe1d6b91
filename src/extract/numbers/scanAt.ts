// Position-anchored scanning shared by the number finders.

/** `re` (a sticky /y regex) matched exactly at i, or null. */
export function stickyAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/**
 * Start of `word` ending at `pos`, or -1. Up to four spaces may stand between its characters and
 * before pos: page dumps space out words (`超 过 5亿元`).
 */
export function wordEndingAt(text: string, pos: number, word: string): number {
  let i = pos;
  for (let k = word.length - 1; k >= 0; k--) {
    let gap = 0;
    while (i > 0 && text[i - 1] === ' ' && gap < 4) { i--; gap++; }
    if (text[i - 1] !== word[k]) return -1;
    i--;
  }
  return i;
}

/**
 * What codeAt() reads before the start or past the end of a text: no UTF-16 code unit, so it equals
 * no character and (tables having one slot more than 0xffff) flags nothing. A plain
 * text.charCodeAt(i) out of range returns NaN, and optimized code that meets it deoptimizes
 * ("out of bounds") and is compiled again: every scanner here did so once per run and per worker.
 */
export const NO_CODE = 0x10000;

/** Slots of a table indexed by codeAt(): every code unit and NO_CODE. */
export const CODE_SLOTS = 0x10001;

/** text.charCodeAt(i), or NO_CODE when i is out of range. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NO_CODE;
}
