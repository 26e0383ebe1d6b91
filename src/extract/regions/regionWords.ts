// The region words of src/rules/regions.tsv (plus any --rules additions), grouped by kind.
import { loadTable, type RuleRow } from '../../rules/ruleTables.js';

export const REGION_KINDS = [
  'anaphor', 'zone_suffix', 'zone_stop', 'not_actor_before', 'actor_verb', 'name_end', 'media_end', 'block', 'short_stop',
  'one_char_stem_before',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export interface RegionWords {
  rows: RuleRow[];
  words: Record<RegionKind, string[]>;
  values: Record<RegionKind, Map<string, string>>;
}

export function regionRowProblem(row: RuleRow): string | null {
  if (!(REGION_KINDS as readonly string[]).includes(row.kind)) return `unknown region kind "${row.kind}" (one of ${REGION_KINDS.join(', ')})`;
  if (!row.word) return 'empty word';
  if (!row.example) return 'empty example';
  if (row.kind === 'anaphor' && row.value !== 'main' && row.value !== 'nearest') return 'anaphor value must be "main" or "nearest"';
  if (row.kind === 'not_actor_before' && !['destination', 'partner', 'reference'].includes(row.value)) {
    return 'not_actor_before value must be "destination", "partner" or "reference"';
  }
  return null;
}

export function loadRegionWords(): RegionWords {
  const rows = loadTable('regions', regionRowProblem);
  const words = Object.fromEntries(REGION_KINDS.map((k) => [k, [] as string[]])) as unknown as Record<RegionKind, string[]>;
  const values = Object.fromEntries(REGION_KINDS.map((k) => [k, new Map<string, string>()])) as unknown as Record<RegionKind, Map<string, string>>;
  for (const r of rows) {
    const kind = r.kind as RegionKind;
    words[kind].push(r.word);
    values[kind].set(r.word, r.value);
  }
  return { rows, words, values };
}
