// The word tables of the number layer (units, measures, approx words, contexts), read through the shared
// rule-table loader and compiled once into longest-first alternations.
import { alternationOf, loadTable, type RuleRow } from '../../rules/ruleTables.js';
import type { Approx } from '../../model.js';
import { CODE_SLOTS } from './scanAt.js';

export type Measure = 'thing' | 'event' | 'person';
export type UnitPosition = 'after' | 'before' | 'minor';
export type UnitScale = number | 'tenth' | 'discount' | 'doubling';

export interface UnitWord {
  word: string;
  /** ISO 4217 code, `percent`, `times` or `none`. */
  unit: string;
  position: UnitPosition;
  scale: UnitScale;
}

export type ContextReason = 'date' | 'time' | 'duration' | 'ordinal' | 'code' | 'age';

export interface NumberTables {
  after: Map<string, { unit?: UnitWord; measure?: Measure; context?: ContextReason }>;
  /** Sticky regex over every after-word (units, measures, context words), longest first. */
  afterRe: RegExp;
  before: Map<string, UnitWord>;
  /** Matches a before-unit word ending right at lastIndex… used by looking back a bounded window. */
  beforeWords: string[];
  minor: Map<string, UnitWord>;
  minorRe: RegExp;
  approxBefore: Map<string, Exclude<Approx, null>>;
  /** Words that end in a before-word but are not approx (签约 ends in 约). */
  notApprox: string[];
  approxInfix: Map<string, Exclude<Approx, null>>;
  approxAfter: Map<string, Exclude<Approx, null>>;
  approxAfterRe: RegExp;
  contextBefore: Map<string, ContextReason>;
  /** Whole words to mask (十四五): plan names that look like numerals. */
  maskRe: RegExp | null;
  /**
   * First code units of after-words and after-approx words, last code units of before-words, code
   * units of one-character infix words: cheap pre-checks, 1 by text.charCodeAt (no string made).
   */
  afterFirst: Uint8Array;
  approxAfterFirst: Uint8Array;
  beforeLast: Uint8Array;
  approxInfixCodes: Uint8Array;
}

/** A flag per UTF-16 code unit: 1 for each of `units` (one code unit each). */
export function codeFlagsOf(units: Iterable<string>): Uint8Array {
  const flags = new Uint8Array(CODE_SLOTS);
  for (const u of units) if (u.length === 1) flags[u.charCodeAt(0)] = 1;
  return flags;
}

const APPROX = ['over', 'under', 'about', 'at_least', 'at_most'];
const REASONS = ['date', 'time', 'duration', 'ordinal', 'code', 'age'];

function exampleHas(row: RuleRow): string | null {
  if (!row.word) return 'empty word';
  return row.example?.includes(row.word) ? null : `example must contain the word "${row.word}"`;
}

function validateUnit(row: RuleRow): string | null {
  if (!['after', 'before', 'minor'].includes(row.position)) return `position must be after|before|minor, got "${row.position}"`;
  if (!/^(?:[A-Z]{3}|percent|times|none)$/.test(row.unit)) return `unit must be an ISO code, percent, times or none, got "${row.unit}"`;
  if (row.scale && !['tenth', 'discount', 'doubling'].includes(row.scale) && !/^-?\d+$/.test(row.scale)) return `scale must be an integer, tenth, discount or doubling, got "${row.scale}"`;
  return exampleHas(row);
}

function validateMeasure(row: RuleRow): string | null {
  if (!['thing', 'event', 'person'].includes(row.measure)) return `measure must be thing|event|person, got "${row.measure}"`;
  return exampleHas(row);
}

function validateApprox(row: RuleRow): string | null {
  if (!['before', 'infix', 'after', 'not'].includes(row.position)) return `position must be before|infix|after|not, got "${row.position}"`;
  if (row.position === 'not') return row.approx ? 'a `not` row has no approx' : exampleHas(row);
  if (!APPROX.includes(row.approx)) return `approx must be one of ${APPROX.join('|')}, got "${row.approx}"`;
  return exampleHas(row);
}

function validateContext(row: RuleRow): string | null {
  if (!['before', 'after', 'word'].includes(row.position)) return `position must be before|after|word, got "${row.position}"`;
  if (!REASONS.includes(row.reason)) return `reason must be one of ${REASONS.join('|')}, got "${row.reason}"`;
  return exampleHas(row);
}

function scaleOf(s: string): UnitScale {
  return s === 'tenth' || s === 'discount' || s === 'doubling' ? s : s ? Number(s) : 0;
}

function stickyOf(words: Iterable<string>): RegExp {
  const alt = alternationOf(words);
  return new RegExp(alt ? `(?:${alt})` : '(?!)', 'y');
}

let cached: { key: RuleRow[][]; tables: NumberTables } | null = null;

export function numberTables(): NumberTables {
  const units = loadTable('units', validateUnit);
  const measures = loadTable('measures', validateMeasure);
  const approx = loadTable('approx', validateApprox);
  const contexts = loadTable('number_contexts', validateContext);
  const key = [units, measures, approx, contexts];
  if (cached && cached.key.every((k, i) => k === key[i])) return cached.tables;

  const after: NumberTables['after'] = new Map();
  // Later rows never override earlier ones: a unit beats a measure beats a context word of the same spelling.
  for (const r of units) {
    const u: UnitWord = { word: r.word, unit: r.unit, position: r.position as UnitPosition, scale: scaleOf(r.scale) };
    if (u.position === 'after' && !after.has(r.word)) after.set(r.word, { unit: u });
  }
  for (const r of measures) if (!after.has(r.word)) after.set(r.word, { measure: r.measure as Measure });
  for (const r of contexts) if (r.position === 'after' && !after.has(r.word)) after.set(r.word, { context: r.reason as ContextReason });

  const before = new Map<string, UnitWord>();
  const minor = new Map<string, UnitWord>();
  for (const r of units) {
    const u: UnitWord = { word: r.word, unit: r.unit, position: r.position as UnitPosition, scale: scaleOf(r.scale) };
    if (u.position === 'before' && !before.has(r.word)) before.set(r.word, u);
    if (u.position === 'minor' && !minor.has(r.word)) minor.set(r.word, u);
  }
  const byPosition = (p: string) => new Map(approx.filter((r) => r.position === p).map((r) => [r.word, r.approx as Exclude<Approx, null>]));
  const approxAfter = byPosition('after');
  const maskWords = contexts.filter((r) => r.position === 'word').map((r) => r.word);
  const tables: NumberTables = {
    after,
    afterRe: stickyOf(after.keys()),
    before,
    beforeWords: [...before.keys()].sort((a, b) => b.length - a.length),
    minor,
    minorRe: stickyOf(minor.keys()),
    approxBefore: byPosition('before'),
    notApprox: approx.filter((r) => r.position === 'not').map((r) => r.word),
    approxInfix: byPosition('infix'),
    approxAfter,
    approxAfterRe: stickyOf(approxAfter.keys()),
    contextBefore: new Map(contexts.filter((r) => r.position === 'before').map((r) => [r.word, r.reason as ContextReason])),
    maskRe: maskWords.length ? new RegExp(alternationOf(maskWords), 'g') : null,
    afterFirst: codeFlagsOf([...after.keys()].map((w) => w[0])),
    approxAfterFirst: codeFlagsOf([...approxAfter.keys()].map((w) => w[0])),
    beforeLast: codeFlagsOf(
      [...approx.filter((r) => r.position === 'before'), ...contexts.filter((r) => r.position === 'before')].map((r) => r.word[r.word.length - 1]),
    ),
    approxInfixCodes: codeFlagsOf(approx.filter((r) => r.position === 'infix').map((r) => r.word)),
  };
  cached = { key, tables };
  return tables;
}
