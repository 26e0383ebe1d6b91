// Numbers with Chinese units and numerals → NumberMention[] (see extract/numbers/ for the layers:
// numerals → masked codes → units, measures, approx words, ranges).
import type { NumberMention } from '../model.js';
import { findNumberMentions } from './numbers/findNumberMentions.js';

/** Every figure-like number in normalized text: sorted by start, non-overlapping, `text === slice`. */
export function findNumbers(text: string): NumberMention[] {
  return findNumberMentions(text).map((m) => {
    const out: NumberMention = {
      start: m.start, end: m.end, text: m.text, value: m.value, valueHigh: m.valueHigh,
      unit: m.unit, unitWord: m.unitWord, approx: m.approx, rule: m.rule,
    };
    if (m.measure) out.measure = m.measure;
    return out;
  });
}
