// Where each number stands: its sentence, clause and paragraph, the stretch of words that belong
// to it (its window), and what it measures. Computed once per document for every number.
//
// The window of a number runs from the previous number of its clause (or the clause start) to the
// next punctuation mark or number after it, so in 签约项目56个、签约金额383.6亿元 the words
// 签约金额 belong to 383.6亿元 and not to 56个.
import type { NumberMention } from '../model.js';
import type { Span, TextLayout } from '../extract/textLayout.js';
import { labelRules, type Measure } from './labelRules.js';
import { CODE_SLOTS, codeAt } from '../extract/numbers/scanAt.js';

export interface Slot {
  index: number;
  m: NumberMention;
  measure: Measure;
  paragraph: Span;
  sentence: Span;
  clause: Span;
  /** Start of the words that may describe this number (after the previous number in the clause). */
  leftStart: number;
  /** End of the words after the number that may still describe it (next punctuation or number). */
  rightEnd: number;
  /** A size threshold inside a noun phrase (总投资10亿元以上产业项目): not a figure. */
  threshold: boolean;
}

/**
 * How far around a number its words are looked for. Real phrasing needs a few dozen characters
 * (the longest: an enumeration between 共签约 and 23个项目); the bound keeps a document without
 * punctuation linear rather than quadratic.
 */
export const NEAR = 160;

/** Punctuation that ends the words after a number (、 too: 56个、签约金额… starts a new item). */
const RIGHT_STOP = /[、，,；;：:。！？!?“”"（()）【】\s]/;

/** RIGHT_STOP for each UTF-16 code unit, read once (the window walk tests every character). */
const RIGHT_STOP_CODES: Uint8Array = (() => {
  const codes = new Uint8Array(CODE_SLOTS);
  for (let c = 0; c < 0x10000; c++) if (RIGHT_STOP.test(String.fromCharCode(c))) codes[c] = 1;
  return codes;
})();

/** Index of the span of `spans` (sorted, disjoint) holding each offset, for offsets that only grow. */
function spanWalker(spans: Span[]): (offset: number) => number {
  let p = 0;
  return (offset) => {
    while (p < spans.length && spans[p].end <= offset) p++;
    return p < spans.length && spans[p].start <= offset ? p : -1;
  };
}

/** What a number measures: money, percent, 个百分点, 倍, or what its measure word counts. */
export function measureOf(m: NumberMention): Measure {
  if (m.unit === 'percent') return /百分点/.test(m.unitWord) ? 'points' : 'percent';
  if (m.unit === 'times') return 'times';
  if (/^[A-Z]{3}$/.test(m.unit)) return 'money';
  if (m.unit !== 'count') return 'other';
  const counters = labelRules().counters;
  // 多场, 余个: an approx word may be written between number and measure word.
  const word = m.unitWord.replace(/^[多余来几]+/, '');
  const known = counters.get(word)?.kind;
  if (known) return known;
  // findNumbers' own reading of measure words the table does not list
  return m.measure === 'thing' ? 'count' : m.measure === 'event' ? 'event' : m.measure === 'person' ? 'person' : 'other';
}

/**
 * A money figure that sizes the projects it stands before, not a statistic of its own:
 * 总投资10亿元以上产业项目12个, 投资超10亿元项目5个, 5亿元至10亿元项目8个, 亿元以上的项目.
 * A number between amount and noun (总投资120亿元的5个重大项目) makes the amount a figure again.
 */
export function isThreshold(text: string, m: NumberMention): boolean {
  if (!/^[A-Z]{3}$/.test(m.unit)) return false;
  const after = text.slice(m.end, m.end + 32);
  return THRESHOLD_AFTER.test(after);
}

/** 以上的重大项目 after the amount; 或1亿美元的重大项目 (a second bound in another currency) too. */
const THRESHOLD_AFTER = new RegExp(
  String.raw`^(?:(?:或|和|及|、)(?:超过|超|逾)?\d+(?:\.\d+)?[千百万亿]*(?:美元|港元|欧元|元))?` +
    String.raw`(?:及以上|以上|以下)?的?[一-鿿]{0,8}?(?:项目|企业)`,
  'u',
);

/** Whether a mention bounds the windows of its neighbours (a unit-less number or a threshold does not). */
function bounds(text: string, m: NumberMention): boolean {
  return m.unit !== 'none' && !isThreshold(text, m);
}

/**
 * The slot of every number. With `bareToo` false, a unit-less number (never a figure then: the
 * labeller rejects it first) gets only its sentence, clause and paragraph, which the sentence walk
 * still needs; its measure, threshold and window are not worked out (a page of 500,000 bare
 * numbers, one a line, spent a tenth of its time there).
 */
export function slotsOf(layout: TextLayout, numbers: NumberMention[], bareToo = true): Slot[] {
  const { text } = layout;
  const sorted = [...numbers].sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Slot[] = [];
  // whether each mention bounds its neighbours' windows, read once per mention, not per neighbour
  const bounding = sorted.map((m) => bounds(text, m));
  // the numbers are in text order: their sentence, clause and paragraph are found walking forward
  const sentenceAt = spanWalker(layout.sentences);
  const clauseAt = spanWalker(layout.clauses);
  const paragraphAt = spanWalker(layout.paragraphs);
  sorted.forEach((m, index) => {
    const sentence = layout.sentences[sentenceAt(m.start)] ?? { start: m.start, end: m.end };
    const clause = layout.clauses[clauseAt(m.start)] ?? sentence;
    const paragraph = layout.paragraphs[paragraphAt(m.start)] ?? sentence;
    if (!bareToo && m.unit === 'none') {
      slots.push({ index, m, measure: 'other', paragraph, sentence, clause, leftStart: m.start, rightEnd: m.end, threshold: false });
      return;
    }
    let leftStart = Math.max(clause.start, m.start - NEAR);
    for (let j = index - 1; j >= 0; j--) {
      const p = sorted[j];
      // mentions are sorted and disjoint: one ending before the window cannot narrow it, nor can
      // any before it (without this, a clause of unit-less numbers is walked back whole per number)
      if (p.end <= leftStart) break;
      if (p.end <= m.start && bounding[j]) {
        leftStart = Math.max(leftStart, p.end);
        break;
      }
    }
    let rightEnd = Math.min(clause.end, m.end + NEAR);
    for (let k = m.end; k < rightEnd; k++) {
      if (RIGHT_STOP_CODES[codeAt(text, k)]) {
        rightEnd = k;
        break;
      }
    }
    for (let j = index + 1; j < sorted.length; j++) {
      const n = sorted[j];
      if (n.start >= rightEnd) break;
      if (n.start >= m.end && bounding[j]) {
        rightEnd = n.start;
        break;
      }
    }
    slots.push({
      index, m, measure: measureOf(m), paragraph, sentence, clause, leftStart, rightEnd,
      threshold: isThreshold(text, m),
    });
  });
  return slots;
}
