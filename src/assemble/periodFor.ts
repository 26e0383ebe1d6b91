// Which period words a figure takes (SCHEMA "Which figures, once").
// STUB (foundation): replaced by the periods implementation.
import type { PeriodMention } from '../model.js';
import type { TextLayout } from '../extract/textLayout.js';

export interface PeriodQuery {
  /** Start offset of the figure's number in the text. */
  offset: number;
  /** The figure is a goal (target aspect): annual words (全年, 年度) win over year-to-date ones. */
  target?: boolean;
}

export function periodFor(_layout: TextLayout, _periods: PeriodMention[], _q: PeriodQuery): PeriodMention | null {
  return null;
}
