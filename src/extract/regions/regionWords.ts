// The region words of src/rules/regions.tsv (plus any --rules additions), grouped by kind.
import { loadTable, type RuleRow } from '../../rules/ruleTables.js';

export const REGION_KINDS = [
  'anaphor', 'zone_suffix', 'zone_stop', 'not_actor_before', 'actor_verb', 'name_end', 'media_end', 'extra_division',
  'block', 'short_stop', 'one_char_stem_before', 'respectively', 'zone_alias',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export interface RegionWords {
  rows: RuleRow[];
  words: Record<RegionKind, string[]>;
  values: Record<RegionKind, Map<string, string>>;
}

const NOT_ACTOR_ROLES = ['destination', 'partner', 'reference', 'venue', 'predicate'];

export function regionRowProblem(row: RuleRow): string | null {
  if (!(REGION_KINDS as readonly string[]).includes(row.kind)) return `unknown region kind "${row.kind}" (one of ${REGION_KINDS.join(', ')})`;
  if (!row.word) return 'empty word';
  if (!row.example) return 'empty example';
  if (row.kind === 'anaphor' && row.value !== 'main' && row.value !== 'nearest') return 'anaphor value must be "main" or "nearest"';
  if (row.kind === 'not_actor_before' && !NOT_ACTOR_ROLES.includes(row.value)) {
    return `not_actor_before value must be one of ${NOT_ACTOR_ROLES.join(', ')}`;
  }
  if (row.kind === 'extra_division' && !/(?:市|县|区)$/.test(row.word)) return 'extra_division must be a full name ending in 市, 县 or 区';
  return null;
}

let cached: RegionWords | null = null;

/** The words of the loaded table; built once per table load (a new --rules run reloads the rows). */
export function loadRegionWords(): RegionWords {
  const rows = loadTable('regions', regionRowProblem);
  if (cached?.rows === rows) return cached;
  const words = Object.fromEntries(REGION_KINDS.map((k) => [k, [] as string[]])) as unknown as Record<RegionKind, string[]>;
  const values = Object.fromEntries(REGION_KINDS.map((k) => [k, new Map<string, string>()])) as unknown as Record<RegionKind, Map<string, string>>;
  for (const r of rows) {
    const kind = r.kind as RegionKind;
    words[kind].push(r.word);
    values[kind].set(r.word, r.value);
  }
  cached = { rows, words, values };
  return cached;
}
