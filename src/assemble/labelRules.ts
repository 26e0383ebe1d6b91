// The labelling tables of src/rules (metrics, aspects, distractors, counters, scope), read through
// the one TSV loader (so --rules folders extend them) and compiled once per process.
import { loadTable, type RuleRow } from '../rules/ruleTables.js';
import { ASPECTS, STAGES, METRICS } from '../model.js';
import { cuePatternsOf, wordsOfCell, type CuePattern } from './cueMatches.js';
import { addDomainWords } from '../normalize/segmenter.js';

/** What a number measures, from its unit and measure word. */
export const MEASURES = ['count', 'event', 'money', 'percent', 'points', 'times', 'person', 'team', 'other', 'any'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The MEASURES constant spelled like `kind`: a string cut from a TSV row is not internalized, and
 * code comparing measures with literals (isCountLike), optimized on internalized ones, deoptimized
 * ("wrong instance type") on the first measure that came from the counters table.
 */
function measureConstant(kind: string): Measure {
  return MEASURES.find((m) => m === kind) ?? (kind as Measure);
}

export interface MetricRule {
  id: string;
  /** A stage, a full metric id, `inherit`, `inherit:STAGE`, `inherit-funds` or `outside-region`. */
  metric: string;
  measures: Set<Measure>;
  aspect: string;
  example: string;
}

export interface AspectRule {
  id: string;
  aspect: string;
  within: 'clause' | 'sentence' | 'heading' | 'run' | 'run-stop';
  gap: number;
  measures: Set<Measure>;
  sign: 1 | -1;
  approx: 'at_least' | 'at_most' | null;
  times: 'ratio' | 'increase' | null;
  example: string;
}

export interface DistractorRule {
  id: string;
  where: 'self' | 'before' | 'after' | 'clause' | 'named';
  gap: number;
  measures: Set<Measure>;
  /** Metric ids or prefixes (activity.) the rule stops; empty: every metric. */
  metrics: string[];
  example: string;
}

export interface CounterRule {
  word: string;
  kind: Measure;
  nouns: string[];
  example: string;
}

export interface ScopeRule {
  id: string;
  kind: 'threshold' | 'sector' | 'head' | 'origin' | 'event';
  words: string[];
  example: string;
}

export interface LabelRules {
  metrics: MetricRule[];
  metricCues: CuePattern<MetricRule>[];
  aspects: AspectRule[];
  aspectCues: CuePattern<AspectRule>[];
  distractors: DistractorRule[];
  distractorCues: CuePattern<DistractorRule>[];
  counters: Map<string, CounterRule>;
  scope: ScopeRule[];
}

const measuresOf = (cell: string): Set<Measure> => new Set(cell.split('+').map((m) => m.trim()).filter(Boolean) as Measure[]);

function badMeasures(cell: string): string | null {
  const bad = cell.split('+').filter((m) => !(MEASURES as readonly string[]).includes(m.trim()));
  return bad.length ? `measure must be ${MEASURES.join('|')} joined by +, got "${cell}"` : null;
}

function needs(row: RuleRow, cols: string[]): string | null {
  const missing = cols.filter((c) => !row[c]);
  return missing.length ? `empty ${missing.join(', ')}` : null;
}

export function validMetricRow(row: RuleRow): string | null {
  const m = row.metric ?? '';
  const stageOk = (STAGES as readonly string[]).includes(m);
  const idOk = (METRICS as readonly string[]).includes(m) && m !== 'other';
  const inheritOk = m === 'inherit' || m === 'inherit-funds' || m === 'outside-region' || (m.startsWith('inherit:') && (STAGES as readonly string[]).includes(m.slice(8)));
  if (!stageOk && !idOk && !inheritOk) return `metric must be a stage, a metric id, inherit[:STAGE], inherit-funds or outside-region, got "${m}"`;
  if (row.aspect && !(ASPECTS as readonly string[]).includes(row.aspect)) return `aspect must be one of ${ASPECTS.join('|')}`;
  return needs(row, ['id', 'words', 'measure', 'example']) ?? badMeasures(row.measure);
}

export function validAspectRow(row: RuleRow): string | null {
  if (!(ASPECTS as readonly string[]).includes(row.aspect) || row.aspect === 'value') return `aspect must be one of ${ASPECTS.slice(1).join('|')}`;
  if (!['clause', 'sentence', 'heading', 'run', 'run-stop'].includes(row.within)) return 'within must be clause|sentence|heading|run|run-stop';
  if (row.gap && !/^\d+$/.test(row.gap)) return 'gap must be a whole number';
  if (row.sign && row.sign !== '-1') return 'sign must be empty or -1';
  if (row.approx && !['at_least', 'at_most'].includes(row.approx)) return 'approx must be empty, at_least or at_most';
  if (row.times && !['ratio', 'increase'].includes(row.times)) return 'times must be empty, ratio or increase';
  return needs(row, ['id', 'words', 'measure', 'example']) ?? badMeasures(row.measure);
}

export function validDistractorRow(row: RuleRow): string | null {
  if (!['self', 'before', 'after', 'clause', 'named'].includes(row.where)) return 'where must be self|before|after|clause|named';
  if (row.gap && !/^\d+$/.test(row.gap)) return 'gap must be a whole number';
  return needs(row, ['id', 'words', 'measure', 'example']) ?? badMeasures(row.measure);
}

export function validCounterRow(row: RuleRow): string | null {
  if (!['count', 'event', 'person', 'team', 'other'].includes(row.kind)) return 'kind must be count|event|person|team|other';
  return needs(row, ['word', 'kind', 'example']);
}

export function validScopeRow(row: RuleRow): string | null {
  if (!['threshold', 'sector', 'head', 'origin', 'event'].includes(row.kind)) return 'kind must be threshold|sector|head|origin|event';
  return needs(row, ['id', 'words', 'example']);
}

let compiled: LabelRules | null = null;

/** The compiled tables; read once (tests that change --rules folders call resetLabelRules). */
export function labelRules(): LabelRules {
  if (compiled) return compiled;
  const metricRows = loadTable('metrics', validMetricRow);
  const aspectRows = loadTable('aspects', validAspectRow);
  const distractorRows = loadTable('distractors', validDistractorRow);
  const counterRows = loadTable('counters', validCounterRow);
  const scopeRows = loadTable('scope', validScopeRow);

  const metrics: MetricRule[] = metricRows.map((r) => ({
    id: r.id, metric: r.metric, measures: measuresOf(r.measure), aspect: r.aspect ?? '', example: r.example,
  }));
  const aspects: AspectRule[] = aspectRows.map((r) => ({
    id: r.id,
    aspect: r.aspect,
    within: r.within as AspectRule['within'],
    gap: r.gap ? Number(r.gap) : 0,
    measures: measuresOf(r.measure),
    sign: r.sign === '-1' ? -1 : 1,
    approx: (r.approx || null) as AspectRule['approx'],
    times: (r.times || null) as AspectRule['times'],
    example: r.example,
  }));
  const distractors: DistractorRule[] = distractorRows.map((r) => ({
    id: r.id, where: r.where as DistractorRule['where'], gap: r.gap ? Number(r.gap) : 0,
    measures: measuresOf(r.measure), metrics: wordsOfCell(r.metrics ?? ''), example: r.example,
  }));
  const metricWords = new Map(metricRows.map((r, i) => [metrics[i], wordsOfCell(r.words)]));
  const aspectWords = new Map(aspectRows.map((r, i) => [aspects[i], wordsOfCell(r.words)]));
  const distractorWords = new Map(distractorRows.map((r, i) => [distractors[i], wordsOfCell(r.words)]));
  // Keywords are domain words: a keyword may cut into them (签约 in 签约金额) but not into others.
  addDomainWords([...metricWords.values()].flat().filter((w) => !w.includes('…')));

  compiled = {
    metrics,
    metricCues: cuePatternsOf(metrics, (r) => metricWords.get(r)!),
    aspects,
    aspectCues: cuePatternsOf(aspects, (r) => aspectWords.get(r)!),
    distractors,
    distractorCues: cuePatternsOf(distractors, (r) => distractorWords.get(r)!),
    counters: new Map(counterRows.map((r) => [r.word, {
      word: r.word, kind: measureConstant(r.kind), nouns: wordsOfCell(r.nouns ?? ''), example: r.example,
    }])),
    scope: scopeRows.map((r) => ({ id: r.id, kind: r.kind as ScopeRule['kind'], words: wordsOfCell(r.words), example: r.example })),
  };
  return compiled;
}

export function resetLabelRules(): void {
  compiled = null;
}
