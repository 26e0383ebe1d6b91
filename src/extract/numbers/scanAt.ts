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
