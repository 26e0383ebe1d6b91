// Period words → PeriodMention[], resolved against the reference date.
// STUB (foundation): replaced by the periods implementation.
import type { PeriodMention } from '../model.js';

export function findPeriods(_text: string, _reference: string | null): PeriodMention[] {
  return [];
}
