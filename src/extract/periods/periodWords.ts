// The period words of src/rules/periods.tsv (plus any --rules additions), grouped by kind.
import { loadTable, type RuleRow } from '../../rules/ruleTables.js';

export const PERIOD_KINDS = [
  'year_word', 'annual', 'ytd', 'since', 'year_start', 'start_mark', 'until', 'now', 'until_now', 'vague',
  'half', 'quarter', 'quarter_short', 'first_n', 'rel_month', 'rel_quarter', 'month_part', 'month_end', 'range_sep', 'day', 'bare_day', 'not_after_day', 'base', 'base_before',
  'event_suffix', 'name_breaker', 'event_anaphor', 'roc_prefix', 'roc_suffix',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodWords {
  /** The table rows the words came from (the cache key: a new --rules run reloads them). */
  rows: RuleRow[];
  words: Record<PeriodKind, string[]>;
  /** `value` column by kind and word: year offsets (`-1`, `context`) and half-year months (`01/06`). */
  values: Record<PeriodKind, Map<string, string>>;
}

/** Why a row is unusable, or null. */
export function periodRowProblem(row: RuleRow): string | null {
  if (!(PERIOD_KINDS as readonly string[]).includes(row.kind)) return `unknown period kind "${row.kind}" (one of ${PERIOD_KINDS.join(', ')})`;
  if (!row.word) return 'empty word';
  if (!row.example) return 'empty example';
  if (row.kind === 'year_word' && !/^(?:-?\d+|context)$/.test(row.value)) return 'year_word value must be an offset (0, -1) or "context"';
  if ((row.kind === 'rel_month' || row.kind === 'rel_quarter') && !/^(?:-?\d+|context)$/.test(row.value)) return `${row.kind} value must be an offset (0, -1) or "context"`;
  if (row.kind === 'half' && !/^(?:0[1-9]|1[0-2])\/(?:0[1-9]|1[0-2])$/.test(row.value)) return 'half value must be "MM/MM"';
  return null;
}

let cached: PeriodWords | null = null;

/** The words of the loaded table; built once per table load (a new --rules run reloads the rows). */
export function loadPeriodWords(): PeriodWords {
  const rows = loadTable('periods', periodRowProblem);
  if (cached?.rows === rows) return cached;
  const words = Object.fromEntries(PERIOD_KINDS.map((k) => [k, [] as string[]])) as unknown as Record<PeriodKind, string[]>;
  const values = Object.fromEntries(PERIOD_KINDS.map((k) => [k, new Map<string, string>()])) as unknown as Record<PeriodKind, Map<string, string>>;
  for (const r of rows) {
    const kind = r.kind as PeriodKind;
    words[kind].push(r.word);
    values[kind].set(r.word, r.value);
  }
  cached = { rows, words, values };
  return cached;
}
