// Numbers with Chinese units and numerals → NumberMention[] (see extract/numbers/ for the layers:
// numerals → masked codes → units, measures, approx words, ranges).
//
// What a span holds: the number and its unit (147.2亿元, 29个, 91.9%), a currency word written before
// the number (人民币5000万元), and 多/余/几 between number and unit (10多场, 290余个). Approx words before
// the number (超9亿元 → "9亿元") and after the unit (10亿元以上, 20亿元左右 → "10亿元", "20亿元") stay
// outside the span and only set `approx`; the labeller reads the characters around the span itself.
// A range keeps both ends in one span (7-10亿元, value 700000000, valueHigh 1000000000).
// Not figures, so not returned: dates and times (2019年12月26日, 1-10月, 16:17:05), durations (11个月),
// years, ordinals (第十三届), phone/record/post codes, 1+6+N, 5G, versions, stock quotes in parentheses,
// single Chinese digits without a unit (一起, 四川). Bare numbers come back with unit 'none'.
import type { NumberMention } from '../model.js';
import { findNumberMentions } from './numbers/findNumberMentions.js';

/** Every figure-like number in normalized text: sorted by start, non-overlapping, `text === slice`. */
export function findNumbers(text: string): NumberMention[] {
  // A push loop, not .map(): once TurboFan inlines map() its result array is holey, and the
  // labeller, optimized for the packed arrays of the first articles, deoptimized on it (wrong map).
  const all: NumberMention[] = [];
  for (const m of findNumberMentions(text)) {
    const out: NumberMention = {
      start: m.start, end: m.end, text: m.text, value: m.value, valueHigh: m.valueHigh,
      unit: m.unit, unitWord: m.unitWord, approx: m.approx, rule: m.rule,
      // always a key: a measure added to counts only made two hidden classes of mention, and
      // the labeller and assembleRecords deoptimized on the second one
      measure: m.measure ? m.measure : undefined,
    };
    all.push(out);
  }
  return all;
}
