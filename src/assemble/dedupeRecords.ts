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
  // 三成, 近四成: tenths written in words are precise to ten percent (a headline's 三成 restates 31.2%)
  if (!digits?.groups) return /^[^\d]*[一二两三四五六七八九]成$/.test(text) ? 10 : 1;
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

// as [...].join('\t') would write them (null as empty), without the array
const looseKey = (r: FigureRecord): string => `${r.metric}\t${r.aspect}\t${r.unit}`;
const strictKey = (r: FigureRecord): string => `${r.metric}\t${r.aspect}\t${r.unit}\t${r.period ?? ''}\t${r.region ?? ''}`;

function groupsOf(candidates: Candidate[], key: (r: FigureRecord) => string): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = key(c.record);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  return groups;
}

/** First index of `sorted` whose value satisfies `pred`, which is false then true along it. */
function firstWhere(sorted: ArrayLike<number>, pred: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The stretch [from, to) of sorted values x with `|x − v| < r || x === v`: what sameAmount asks of
 * values written with one step (r from the larger step). x − v only grows with x, so the stretch is
 * contiguous and two binary searches find it.
 */
function amountRange(sorted: ArrayLike<number>, v: number, r: number): [number, number] {
  if (r > 0) return [firstWhere(sorted, (x) => x - v > -r), firstWhere(sorted, (x) => !(x - v < r))];
  return [firstWhere(sorted, (x) => x >= v), firstWhere(sorted, (x) => x > v)];
}

const radius = (a: number, b: number): number => Math.max(a, b) * (1 - 1e-9);

/** Kept candidates alike in value, step and sentence: the twin search treats them as one. */
interface Alike {
  value: number;
  step: number;
  sentence: number;
  /** Their indexes into the kept list, ascending; those before `head` were replaced. */
  indexes: number[];
  head: number;
}

const NONE = Infinity;

/**
 * The kept candidates of one step, by value: a segment tree whose nodes hold the lowest kept index
 * below them and the lowest from another sentence than that one, so "the first kept candidate of a
 * value stretch that is not from sentence s" is a range query.
 */
class StepTree {
  private readonly size: number;
  private readonly best: Float64Array;
  private readonly bestSentence: Float64Array;
  private readonly second: Float64Array;
  private readonly leaves: Alike[][];

  constructor(readonly values: number[]) {
    let size = 1;
    while (size < values.length) size <<= 1;
    this.size = size;
    this.best = new Float64Array(2 * size).fill(NONE);
    this.bestSentence = new Float64Array(2 * size).fill(NaN);
    this.second = new Float64Array(2 * size).fill(NONE);
    this.leaves = values.map(() => []);
  }

  leafOf(value: number): number {
    return firstWhere(this.values, (x) => x >= value);
  }

  add(leaf: number, a: Alike): void {
    if (!this.leaves[leaf].includes(a)) this.leaves[leaf].push(a);
  }

  /** Recomputes a leaf from its alike groups (dropping spent ones) and the nodes above it. */
  update(leaf: number): void {
    const live = this.leaves[leaf].filter((a) => a.head < a.indexes.length);
    this.leaves[leaf] = live;
    let b = NONE;
    let bs = NaN;
    for (const a of live) if (a.indexes[a.head] < b) { b = a.indexes[a.head]; bs = a.sentence; }
    let sec = NONE;
    for (const a of live) if (a.sentence !== bs && a.indexes[a.head] < sec) sec = a.indexes[a.head];
    let i = this.size + leaf;
    this.best[i] = b;
    this.bestSentence[i] = bs;
    this.second[i] = sec;
    for (i >>= 1; i >= 1; i >>= 1) this.pull(i, 2 * i, 2 * i + 1);
  }

  private pull(i: number, l: number, r: number): void {
    const [b, bs, sec] = merged(
      [this.best[l], this.bestSentence[l], this.second[l]],
      [this.best[r], this.bestSentence[r], this.second[r]],
    );
    this.best[i] = b;
    this.bestSentence[i] = bs;
    this.second[i] = sec;
  }

  /** Lowest kept index in leaves [from, to) from a sentence other than `sentence`, or NONE. */
  firstNotIn(from: number, to: number, sentence: number): number {
    let acc: Top = [NONE, NaN, NONE];
    for (let l = from + this.size, r = to + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) { acc = merged(acc, [this.best[l], this.bestSentence[l], this.second[l]]); l++; }
      if (r & 1) { r--; acc = merged(acc, [this.best[r], this.bestSentence[r], this.second[r]]); }
    }
    return acc[1] !== sentence ? acc[0] : acc[2];
  }
}

/** Lowest index, its sentence, lowest index from another sentence. */
type Top = [number, number, number];

function merged(a: Top, b: Top): Top {
  const [best, s] = a[0] <= b[0] ? [a[0], a[1]] : [b[0], b[1]];
  const other = (t: Top): number => (t[1] !== s ? t[0] : t[2]);
  return [best, s, Math.min(other(a), other(b))];
}

/**
 * The candidates kept for one strict key, with an index for the twin search: the twin of a new
 * candidate is the first kept one (lowest index) from another sentence whose amount agrees
 * (sameAmount). Kept candidates alike in value, step and sentence are one entry; entries are
 * filed by step, and for each step the agreeing values are one stretch of a segment tree, so a
 * search costs a few binary searches per step written, not a walk over every kept figure.
 */
class KeptGroup {
  readonly kept: Candidate[] = [];
  private readonly alike = new Map<string, Alike>();
  private readonly trees = new Map<number, StepTree>();

  /** `values`: for each step, every value a candidate of this key may bring (sorted, distinct). */
  constructor(values: Map<number, number[]>) {
    for (const [step, vs] of values) this.trees.set(step, new StepTree(vs));
  }

  private static keyOf(c: Candidate): string {
    return `${c.record.value}\t${c.step}\t${c.sentenceStart}`;
  }

  twinOf(c: Candidate): number {
    let twin = NONE;
    for (const [step, tree] of this.trees) {
      const [from, to] = amountRange(tree.values, c.record.value, radius(step, c.step));
      if (from < to) twin = Math.min(twin, tree.firstNotIn(from, to, c.sentenceStart));
    }
    return twin === NONE ? -1 : twin;
  }

  private add(c: Candidate, index: number): void {
    const k = KeptGroup.keyOf(c);
    let a = this.alike.get(k);
    if (!a || a.head >= a.indexes.length) {
      a = { value: c.record.value, step: c.step, sentence: c.sentenceStart, indexes: [], head: 0 };
      this.alike.set(k, a);
    }
    // appended indexes are the largest yet; a replaced one goes to its place
    let at = a.indexes.length;
    while (at > a.head && a.indexes[at - 1] > index) at--;
    a.indexes.splice(at, 0, index);
    const tree = this.trees.get(c.step)!;
    const leaf = tree.leafOf(c.record.value);
    tree.add(leaf, a);
    tree.update(leaf);
  }

  push(c: Candidate): void {
    this.kept.push(c);
    this.add(c, this.kept.length - 1);
  }

  /** Puts `c` in place of the twin at `index`, the first index of its alike entry (twinOf found it so). */
  replace(index: number, c: Candidate): void {
    const old = this.kept[index];
    const a = this.alike.get(KeptGroup.keyOf(old))!;
    a.head++;
    const tree = this.trees.get(old.step)!;
    tree.update(tree.leafOf(old.record.value));
    this.kept[index] = c;
    this.add(c, index);
  }
}

/**
 * Whether a headline restates one of the body figures of its metric, aspect and unit: one agreeing
 * in amount (per step written, a stretch of sorted values) or one it rounds (roundsTo: a stretch of
 * values with the headline's sign).
 */
class Bodies {
  private readonly byStep = new Map<number, number[]>();
  private readonly all: number[];

  constructor(bodies: Candidate[]) {
    for (const b of bodies) {
      if (!this.byStep.has(b.step)) this.byStep.set(b.step, []);
      this.byStep.get(b.step)!.push(b.record.value);
    }
    for (const vs of this.byStep.values()) vs.sort((x, y) => x - y);
    this.all = bodies.map((b) => b.record.value).sort((x, y) => x - y);
  }

  restatedBy(c: Candidate): boolean {
    const v = c.record.value;
    for (const [step, vs] of this.byStep) {
      const [from, to] = amountRange(vs, v, radius(step, c.step));
      if (from < to) return true;
    }
    const head = c.record;
    if (!v || head.approx === null) return false;
    const place = 10 ** Math.floor(Math.log10(Math.abs(v)));
    // each test below holds on one stretch of the sorted values, and so does roundsTo's sign test
    // (b > 0 for a positive headline, b < 0 for a negative one)
    const n = this.all.length;
    const stretch = (lowOk: (b: number) => boolean, highOk: (b: number) => boolean): boolean => {
      const from = Math.max(firstWhere(this.all, lowOk), v > 0 ? firstWhere(this.all, (b) => b > 0) : 0);
      const to = Math.min(firstWhere(this.all, (b) => !highOk(b)), v < 0 ? firstWhere(this.all, (b) => !(b < 0)) : n);
      return from < to;
    };
    if (head.approx === 'over' || head.approx === 'at_least') return stretch((b) => b >= v, (b) => b < v + place);
    if (head.approx === 'under' || head.approx === 'at_most') return stretch((b) => b > v - place, (b) => b <= v);
    return stretch((b) => b - v > -place / 2, (b) => b - v < place / 2);
  }
}

/** Whether headline c restates one of the body figures (of its loose key). */
function restatesBody(bodies: Candidate[] | undefined, c: Candidate): boolean {
  if (!bodies) return false;
  for (const b of bodies) if (sameKey(b.record, c.record, false) && (sameAmount(b, c) || roundsTo(c.record, b.record))) return true;
  return false;
}

/** Index of the kept figure of another sentence that c repeats, or -1. */
function twinIn(group: Candidate[], c: Candidate): number {
  for (let i = 0; i < group.length; i++) if (group[i].sentenceStart !== c.sentenceStart && sameAmount(group[i], c)) return i;
  return -1;
}

/** The plain walk over kept figures: for a few figures, and for inputs the indexes do not cover (a value or step not finite). */
function dedupeByWalking(candidates: Candidate[]): FigureRecord[] {
  const bodies = groupsOf(candidates.filter((c) => !c.headline), looseKey);
  const kept = new Map<string, Candidate[]>();
  // helper functions, not closures over c: a context and two closures per figure were garbage
  for (const c of candidates) {
    if (c.headline && restatesBody(bodies.get(looseKey(c.record)), c)) continue;
    const k = strictKey(c.record);
    let group = kept.get(k);
    if (!group) kept.set(k, (group = []));
    const twin = twinIn(group, c);
    if (twin < 0) group.push(c);
    else if (c.step < group[twin].step || (group[twin].headline && !c.headline && c.step === group[twin].step)) group[twin] = c;
  }
  return recordsByStart(kept.values());
}

/**
 * The kept candidates' records, group after group, stably sorted by start. By push loops: flat()
 * and an optimized map() make holey arrays, and assembleRecords, which merges this list with its
 * own packed one, deoptimized on the second kind (wrong map); and three arrays were garbage.
 */
function recordsByStart(groups: Iterable<Candidate[]>): FigureRecord[] {
  const all: Candidate[] = [];
  for (const g of groups) for (const c of g) all.push(c);
  all.sort((a, b) => a.record.start - b.record.start);
  const out: FigureRecord[] = [];
  for (const c of all) out.push(c.record);
  return out;
}

/**
 * Up to this many candidates, the plain walk is cheaper than laying out the indexes (an article
 * has a few dozen figures, seldom a hundred; measured on the bench articles, the walk costs a
 * quarter of the indexes at a hundred figures, and at most n²/2 cheap comparisons).
 */
const WALK_MAX = 256;

export function dedupeRecords(candidates: Candidate[]): FigureRecord[] {
  if (candidates.length <= WALK_MAX) return dedupeByWalking(candidates);
  return dedupeIndexed(candidates);
}

/** dedupeRecords by the indexes: what the walk keeps, in time that grows gently with many figures. */
export function dedupeIndexed(candidates: Candidate[]): FigureRecord[] {
  if (!candidates.every((c) => Number.isFinite(c.record.value) && Number.isFinite(c.step))) return dedupeByWalking(candidates);
  const bodies = new Map([...groupsOf(candidates.filter((c) => !c.headline), looseKey)].map(([k, bs]) => [k, new Bodies(bs)]));
  // every value each strict key may keep, by step: the trees are laid out before the walk
  const values = new Map<string, Map<number, number[]>>();
  for (const c of candidates) {
    const k = strictKey(c.record);
    if (!values.has(k)) values.set(k, new Map());
    const bySteps = values.get(k)!;
    if (!bySteps.has(c.step)) bySteps.set(c.step, []);
    bySteps.get(c.step)!.push(c.record.value);
  }
  const kept = new Map<string, KeptGroup>();
  for (const c of candidates) {
    // a headline restating a body figure, whatever period or place words the headline used
    if (c.headline && bodies.get(looseKey(c.record))?.restatedBy(c)) continue;
    const k = strictKey(c.record);
    if (!kept.has(k)) {
      const distinct = new Map([...values.get(k)!].map(([step, vs]) => [step, [...new Set(vs.sort((x, y) => x - y))]]));
      kept.set(k, new KeptGroup(distinct));
    }
    const group = kept.get(k)!;
    // two statements in one sentence are two figures (举办了3次专题招商会，…开展了3次驻地招商活动)
    const twin = group.twinOf(c);
    if (twin < 0) group.push(c);
    else if (c.step < group.kept[twin].step || (group.kept[twin].headline && !c.headline && c.step === group.kept[twin].step)) group.replace(twin, c);
  }
  const groups: Candidate[][] = [];
  for (const g of kept.values()) groups.push(g.kept);
  return recordsByStart(groups);
}
