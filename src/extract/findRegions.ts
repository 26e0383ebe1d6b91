// Place names and anaphors (全市, 该区) → RegionMention[].
// STUB (foundation): replaced by the regions implementation.
import type { RegionMention } from '../model.js';

export function findRegions(_text: string): RegionMention[] {
  return [];
}
