// A figure is listed once per article (SCHEMA "Which figures, once"): two records are the same
// figure when metric, aspect, unit, period and region agree and the values agree to the precision
// of the less precise one (a headline's 383亿元 restates the body's 383.6亿元); the more precise
// one is kept, else the first. A headline or summary-box line that restates a body figure is
// dropped even when its period or place words differ (一季度签约21个项目 over 3月1日…21个项目成功签约;
// a title naming the district over a body sentence that names the city), and so is a headline's
// rounded approximate form of a body figure (超500亿元 over 502.7亿元).
import type { FigureRecord } from '../model.js';

export interface Candidate {
  record: FigureRecord;
  /** Smallest step the value was written with (383.6亿元 → 10000000; 383亿元 → 100000000). */
  step: number;
  /** From a title, sub-heading or bullet line rather than a sentence of the body. */
  headline: boolean;
  /** Offset of the sentence it came from. */
  sentenceStart: number;
}

/** The step of the number as written in `text` (its last digit's place, in record units). */
export function stepOf(text: string, value: number): number {
  const digits = /(?<int>\d+)(?:\.(?<frac>\d+))?/.exec(text.replace(/,/g, ''));
  if (!digits?.groups) return 1;
  const written = Number(digits[0]);
  const decimals = digits.groups.frac?.length ?? 0;
  if (!written || !value) return 10 ** -decimals;
  const scale = Math.abs(value / written);
  return scale * 10 ** -decimals;
}

const sameKey = (a: FigureRecord, b: FigureRecord, strict: boolean): boolean =>
  a.metric === b.metric && a.aspect === b.aspect && a.unit === b.unit &&
  (!strict || (a.period === b.period && a.region === b.region));

/** Values agree to the precision of the less precise one. */
export function sameAmount(a: Candidate, b: Candidate): boolean {
  const step = Math.max(a.step, b.step);
  return Math.abs(a.record.value - b.record.value) < step * (1 - 1e-9) || a.record.value === b.record.value;
}

/**
 * A headline's rounded approximate statement of a body figure: 超500亿元 over 502.7亿元, 八成以上
 * over 84.52%, 近两成 over 19.6%. The rounding is to the leading digit of the headline value.
 */
export function roundsTo(head: FigureRecord, body: FigureRecord): boolean {
  const v = head.value;
  const b = body.value;
  if (!v || head.approx === null || Math.sign(v) !== Math.sign(b)) return false;
  const place = 10 ** Math.floor(Math.log10(Math.abs(v)));
  if (head.approx === 'over' || head.approx === 'at_least') return b >= v && b < v + place;
  if (head.approx === 'under' || head.approx === 'at_most') return b <= v && b > v - place;
  return Math.abs(b - v) < place / 2;
}

const looseKey = (r: FigureRecord): string => [r.metric, r.aspect, r.unit].join('\t');
const strictKey = (r: FigureRecord): string => [r.metric, r.aspect, r.unit, r.period, r.region].join('\t');

function groupsOf(candidates: Candidate[], key: (r: FigureRecord) => string): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = key(c.record);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  return groups;
}

/**
 * The candidates kept for one strict key, with an index for the twin search: the twin of a new
 * candidate is the first kept one (lowest index) from another sentence whose amount agrees. That
 * test reads only value, step and sentence, so kept candidates alike in all three are one entry of
 * `alike` holding their indexes: a sentence repeating one figure thousands of times (hostile text)
 * is searched once, not once per repetition.
 */
class KeptGroup {
  readonly kept: Candidate[] = [];
  /** value, step, sentence → indexes into `kept`, ascending (`head` skips the ones replaced). */
  private readonly alike = new Map<string, { c: Candidate; indexes: number[]; head: number }>();

  private static keyOf(c: Candidate): string {
    return `${c.record.value}\t${c.step}\t${c.sentenceStart}`;
  }

  /** Index of the first kept candidate from another sentence with an agreeing amount, or -1. */
  twinOf(c: Candidate): number {
    let best = -1;
    for (const e of this.alike.values()) {
      if (e.head >= e.indexes.length) continue;
      const first = e.indexes[e.head];
      if ((best < 0 || first < best) && e.c.sentenceStart !== c.sentenceStart && sameAmount(e.c, c)) best = first;
    }
    return best;
  }

  private add(c: Candidate, index: number): void {
    const k = KeptGroup.keyOf(c);
    let e = this.alike.get(k);
    if (!e || e.head >= e.indexes.length) {
      e = { c, indexes: [], head: 0 };
      this.alike.set(k, e);
    }
    // appended indexes are the largest yet; a replaced one goes to its place
    let at = e.indexes.length;
    while (at > e.head && e.indexes[at - 1] > index) at--;
    e.indexes.splice(at, 0, index);
  }

  push(c: Candidate): void {
    this.kept.push(c);
    this.add(c, this.kept.length - 1);
  }

  /** Puts `c` in place of the twin at `index` (the first of its alike entry: twinOf found it so). */
  replace(index: number, c: Candidate): void {
    const old = this.alike.get(KeptGroup.keyOf(this.kept[index]))!;
    old.head++;
    this.kept[index] = c;
    this.add(c, index);
  }
}

export function dedupeRecords(candidates: Candidate[]): FigureRecord[] {
  const bodies = groupsOf(candidates.filter((c) => !c.headline), looseKey);
  const kept = new Map<string, KeptGroup>();
  for (const c of candidates) {
    // a headline restating a body figure, whatever period or place words the headline used
    if (c.headline && (bodies.get(looseKey(c.record)) ?? []).some((b) => sameKey(b.record, c.record, false) && (sameAmount(b, c) || roundsTo(c.record, b.record)))) continue;
    const k = strictKey(c.record);
    if (!kept.has(k)) kept.set(k, new KeptGroup());
    const group = kept.get(k)!;
    // two statements in one sentence are two figures (举办了3次专题招商会，…开展了3次驻地招商活动)
    const twin = group.twinOf(c);
    if (twin < 0) group.push(c);
    else if (c.step < group.kept[twin].step || (group.kept[twin].headline && !c.headline && c.step === group.kept[twin].step)) group.replace(twin, c);
  }
  return [...kept.values()].flatMap((g) => g.kept).sort((a, b) => a.record.start - b.record.start).map((c) => c.record);
}
