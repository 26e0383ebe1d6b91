// Numbers that look like statistics but are not one: a company's output, people, teams, inbound
// visits, internal meetings, one named project's amount … (src/rules/distractors.tsv, counters.tsv).
import { NEAR, type Slot } from './figureContext.js';
import { cuesIn } from './cueMatches.js';
import { labelRules, type DistractorRule } from './labelRules.js';

const APPROX_AFTER = /^(?:以上|以下|左右|之多|上下)/u;
/**
 * How far back the bracket a number stands in is looked for: 项目（总投资40亿元） needs a few
 * characters; the bound keeps a sentence of a megabyte from being walked back once per number.
 */
const BRACKET_BACK = 60;

/** The bracket the number stands in, if any: its opening offset. */
function openingBracketBefore(text: string, slot: Slot): number {
  for (let k = slot.m.start - 1; k >= Math.max(slot.sentence.start, slot.m.start - BRACKET_BACK); k--) {
    const c = text[k];
    if (c === '）' || c === ')') return -1;
    if (c === '（' || c === '(') return k;
  }
  return -1;
}

/**
 * Id of the distractor rule that rejects this number, or null. Before labelling (metric null) only
 * rules for every metric apply; once labelled, also those for its metric (接待…次 stops visits,
 * not the 项目线索 of the same clause).
 */
export function distractorOf(text: string, slot: Slot, metric: string | null): string | null {
  const { distractorCues } = labelRules();
  const { m, clause, measure } = slot;
  const fits = (measures: Set<string>, rule?: DistractorRule): boolean =>
    (measures.has('any') || measures.has(measure)) &&
    (!rule || rule.metrics.length === 0 || (metric !== null && rule.metrics.some((p) => metric.startsWith(p))));
  const bracket = openingBracketBefore(text, slot);
  const self = cuesIn(text, m.start, m.end, distractorCues).find(
    (c) => c.row.where === 'self' && c.start === m.start && c.end === m.end && fits(c.row.measures, c.row),
  );
  if (self) return self.row.id;
  const from = Math.max(clause.start, m.start - NEAR);
  const to = Math.min(clause.end, m.end + NEAR);
  for (const cue of cuesIn(text, from, to, distractorCues)) {
    const rule = cue.row;
    if (!fits(rule.measures, rule)) continue;
    if (rule.where === 'clause') return rule.id;
    if (rule.where === 'before' && cue.end <= m.start && cue.start >= slot.leftStart && m.start - cue.end <= rule.gap) return rule.id;
    // after: within the number's own words (总投资120亿元的5个重大项目: 的…项目 belongs to 5个)
    if (rule.where === 'after' && cue.start >= m.end && cue.start - m.end <= rule.gap && cue.end <= slot.rightEnd) return rule.id;
  }
  // …项目（投资40亿元）: the amount of one named project. The words before the bracket are
  // matched on their own, since the bracket is usually its own clause (、 and （ do not split).
  if (bracket >= 0) {
    const before = Math.max(slot.sentence.start, bracket - 8);
    const named = cuesIn(text, before, bracket, distractorCues).find(
      (c) => c.row.where === 'named' && c.end === bracket && fits(c.row.measures, c.row),
    );
    if (named) return named.row.id;
  }
  return null;
}

/**
 * What a count counts, when a word follows its measure word at once: 23个项目 and 3家企业 count
 * projects and companies; 8个招商环节 and 四个区 count something else. True when nothing follows.
 */
export function countsProjects(text: string, slot: Slot): boolean {
  if (slot.measure !== 'count') return true;
  // 70个以上, 30个左右: approx words after the measure word are not what it counts
  const phrase = text.slice(slot.m.end, slot.rightEnd).replace(APPROX_AFTER, '');
  if (!/^[\u4e00-\u9fff]/u.test(phrase)) return true;
  const { counters } = labelRules();
  // a measure word the table does not list (三所高校) is held to the nouns of 个
  const counter = counters.get(slot.m.unitWord.replace(/^[多余来几]+/, '')) ?? counters.get('个');
  if (!counter || counter.nouns.length === 0) return true;
  // the counted noun comes before any verb: 3所高校签订…协议 counts schools, not agreements;
  // a stage word right after the measure word qualifies the noun (52个在建招商引资项目), and
  // 12个签约项目 holds the noun inside the metric word
  // (the approx word is two characters: a few are enough, not the rest of the text)
  const start = slot.m.end + (APPROX_AFTER.exec(text.slice(slot.m.end, slot.m.end + 8))?.[0].length ?? 0);
  // a loop, not Math.min(...nouns.map().filter()): two arrays per figure, and the spread's array
  // kinds deoptimized assembleRecords, where this is inlined
  let at = -1;
  for (const n of counter.nouns) {
    const i = phrase.indexOf(n);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return false;
  const nounStart = start + at;
  const verbs = cuesIn(text, start, slot.rightEnd, labelRules().metricCues);
  return !verbs.some((v) => v.start > start && v.end <= nounStart);
}
