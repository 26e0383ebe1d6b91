// Keyword matching for the labelling tables: every occurrence of every word, overlaps included,
// because the labeller weighs them (nearest, longest, measure-compatible) rather than letting
// the first alternative of one big regex win. 集中签约 and 签约活动 overlap in 集中签约活动: only
// the measure word (2次 vs 2个) can tell which one a number means.

/** Characters that end a clause: a `…` gap never crosses them. */
const CLAUSE_BREAK = '，,；;：:。！？!?\\n';
/** A `…` gap: up to 30 characters of the same clause (lazy and bounded: no runaway backtracking). */
const GAP = `[^${CLAUSE_BREAK}]{0,30}?`;

export interface CuePattern<R> {
  row: R;
  word: string;
  /** Sticky matcher of the word at one position (`…` compiled to a bounded gap). */
  re: RegExp;
}

export interface Cue<R> {
  row: R;
  word: string;
  start: number;
  end: number;
  /** The matched text (a gap word shows what it spanned). */
  text: string;
}

/** The table cell `a|b|c` as words. */
export function wordsOfCell(cell: string): string[] {
  return cell.split('|').map((w) => w.trim()).filter(Boolean);
}

/** A word of a table (`引进…落户`) as a sticky regex. */
export function patternOf(word: string): RegExp {
  const escaped = word.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join(GAP), 'y');
}

export function cuePatternsOf<R>(rows: R[], wordsOf: (row: R) => string[]): CuePattern<R>[] {
  return rows.flatMap((row) => wordsOf(row).map((word) => ({ row, word, re: patternOf(word) })));
}

/** The first character of each word: a cheap index so most positions are skipped at once. */
function firstChars<R>(patterns: CuePattern<R>[]): Map<string, CuePattern<R>[]> {
  const byFirst = new Map<string, CuePattern<R>[]>();
  for (const p of patterns) {
    const c = p.word[0];
    if (!byFirst.has(c)) byFirst.set(c, []);
    byFirst.get(c)!.push(p);
  }
  return byFirst;
}

const indexCache = new WeakMap<object, Map<string, CuePattern<unknown>[]>>();

/** Every occurrence of every pattern that starts and ends inside text[from, to). */
export function cuesIn<R>(text: string, from: number, to: number, patterns: CuePattern<R>[]): Cue<R>[] {
  let byFirst = indexCache.get(patterns) as Map<string, CuePattern<R>[]> | undefined;
  if (!byFirst) {
    byFirst = firstChars(patterns);
    indexCache.set(patterns, byFirst as Map<string, CuePattern<unknown>[]>);
  }
  // Matched on the whole text and bounded by index (no copy per call): a `…` gap is lazy, so the
  // first match is the one that ends earliest, and a match ending past `to` means none ends inside.
  const out: Cue<R>[] = [];
  for (let i = from; i < to; i++) {
    const candidates = byFirst.get(text[i]);
    if (!candidates) continue;
    for (const p of candidates) {
      p.re.lastIndex = i;
      const m = p.re.exec(text);
      if (m && i + m[0].length <= to) out.push({ row: p.row, word: p.word, start: i, end: i + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** Drops matches lying inside a longer match (外资 inside 省外资金, 签约 inside 签约仪式). */
export function withoutNested<R>(cues: Cue<R>[]): Cue<R>[] {
  return cues.filter(
    (c) => !cues.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
  );
}
