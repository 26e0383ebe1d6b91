// A small word list filed by first and by last code unit, longest first, so "which listed word
// starts (or ends) here" reads only the few words that share that character instead of the whole
// list. Built once per word list (the region tables change only when --rules reloads them).

export interface WordIndex {
  /** Words by their first code unit, longest first (ties in list order). */
  byFirst: Map<number, string[]>;
  /** Words by their last code unit, longest first (ties in list order). */
  byLast: Map<number, string[]>;
}

export function wordIndexOf(words: readonly string[]): WordIndex {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  const file = (into: Map<number, string[]>, key: number, w: string) => {
    const list = into.get(key);
    if (list) list.push(w);
    else into.set(key, [w]);
  };
  for (const w of new Set(words)) {
    if (!w) continue;
    file(byFirst, w.charCodeAt(0), w);
    file(byLast, w.charCodeAt(w.length - 1), w);
  }
  // Array sort is stable: words of one length keep their list order.
  for (const m of [byFirst, byLast]) for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, byLast };
}

/** The longest word that ends exactly at `end` and starts at or after `from`; null if none. */
export function longestEndingAt(ix: WordIndex, text: string, from: number, end: number): string | null {
  if (end <= from) return null;
  for (const w of ix.byLast.get(text.charCodeAt(end - 1)) ?? []) {
    if (w.length <= end - from && text.startsWith(w, end - w.length)) return w;
  }
  return null;
}
