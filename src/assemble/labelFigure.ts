// One number → metric and aspect, from the words around it (src/rules/metrics.tsv, aspects.tsv).
//
// Order of evidence, strongest first:
//   1. a metric word in the number's own window: one spanning it (引进…4个项目落户), else the
//      nearest before it (签约项目29个), else the nearest after it (21个项目成功签约); it must fit
//      what the number measures (集中签约 fits 4个, 签约活动 fits 2次) and be a whole word;
//   2. a generic money word (总投资, 涉及投资) takes the stage of the project count before it; with
//      no such count the next metric word decides (新签约项目总投资112.4亿元), else nothing;
//   3. an aspect figure with no metric word (同比增长20%, 完成市定目标的91.9%, 占比57%) describes
//      the figure just before it in the sentence;
//   4. a breakdown count (其中工业项目3个) takes the metric of the count before it;
//   5. the first figure of a sentence takes a metric word from earlier in the sentence
//      (此次签约项目中，工业项目17个).
import type { Aspect, MetricId } from '../model.js';
import { spanIndexAt, type TextLayout } from '../extract/textLayout.js';
import { NEAR, type Slot } from './figureContext.js';
import { cuesIn, withoutNested, type Cue } from './cueMatches.js';
import { labelRules, type AspectRule, type Measure, type MetricRule } from './labelRules.js';
import { isWholeWordIn } from '../normalize/segmenter.js';
import { alternationOf } from '../rules/ruleTables.js';
import { isSizeClass } from './scopeOf.js';

export interface Label {
  metric: MetricId;
  aspect: Aspect;
  /** Id of the metrics.tsv row (or the inheritance) that decided the metric. */
  rule: string;
  /** The words that decided the metric (for --explain). */
  metricWords: string;
  aspectRule: AspectRule | null;
  /** How the label was reached (own words, inherited from a sibling, breakdown, sentence lead). */
  via: 'words' | 'inherit' | 'sibling' | 'breakdown' | 'sentence';
}

// Every label is made here: labels copied from a sibling with a spread were of other hidden
// classes than those written as literals, and assembleRecords, reading them, deoptimized.
function labelOf(
  metric: MetricId, aspect: Aspect, rule: string, metricWords: string, aspectRule: AspectRule | null, via: Label['via'],
): Label {
  return { metric, aspect, rule, metricWords, aspectRule, via };
}

/** A figure already labelled (or rejected) earlier in the same sentence. */
export interface Sibling {
  slot: Slot;
  label: Label | null;
}

const STAGE_METRIC = /^(?<stage>planned|leads|negotiating|signed|landed|started|completed)\.(?:projects|investment)$/;
const NON_VALUE = new Set<Aspect>(['growth', 'change', 'completion', 'rate']);
/** A list line: a bullet, or a numbered item (1. / 1、 / （一） / 一、). */
const BULLET = /^(?:[●•■◆▪◇○·\-*]|\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}、)/;

let opener: RegExp | null = null;
/** 其中 / 包括: the words that open a breakdown (scope.tsv, kind sector). */
export function breakdownOpener(): RegExp {
  if (opener) return opener;
  const words = labelRules().scope.filter((r) => r.kind === 'sector').flatMap((r) => r.words);
  opener = new RegExp(alternationOf(words));
  return opener;
}

const rowsByMeasure = new WeakMap<AspectRule[], Map<Measure, AspectRule[]>>();

/** The rows of aspects.tsv that apply to a measure, in table order (read once per table and measure). */
function aspectRowsFor(aspects: AspectRule[], measure: Measure): AspectRule[] {
  let byMeasure = rowsByMeasure.get(aspects);
  if (!byMeasure) rowsByMeasure.set(aspects, (byMeasure = new Map()));
  let rows = byMeasure.get(measure);
  if (!rows) byMeasure.set(measure, (rows = aspects.filter((r) => r.measures.has(measure))));
  return rows;
}

const isMoney = (measure: Measure): boolean => measure === 'money';
const isCountLike = (measure: Measure): boolean => measure === 'count' || measure === 'event';

/** Whether a cue of `rule` may name a figure measuring `measure` with this aspect. */
function fits(rule: MetricRule, measure: Measure, aspect: Aspect): boolean {
  if (rule.measures.has(measure) || rule.measures.has('any')) return true;
  // 签约项目同比增长20%: a percent of a count or amount metric, when the percent is an aspect.
  const aspectNumber = measure === 'percent' || measure === 'points' || measure === 'times';
  return aspectNumber && NON_VALUE.has(aspect) && (rule.measures.has('count') || rule.measures.has('money'));
}

/**
 * Metric words of one stretch of a sentence: every match, whole words only. Nested ones are dropped
 * by the caller among the words that fit the number (引进外资项目3个: 引进外资 names money, so the
 * 引进 inside it still counts the projects).
 */
function metricCuesIn(layout: TextLayout, slot: Slot, from: number, to: number): Cue<MetricRule>[] {
  const { text } = layout;
  return cuesIn(text, from, to, labelRules().metricCues).filter((c) => {
    const { start: s, end: e } = segmentSpan(layout, slot, c);
    return isWholeWordIn(text, s, e, c.start, c.end);
  });
}

/** Longest clause segmented whole; a longer one is segmented around the word. */
const SEGMENT_CLAUSE_MAX = 64;

/**
 * The stretch segmented to check a word: its clause, so every word and number of a clause shares
 * one segmentation (cached by the segmenter); in a long clause, the few characters either side
 * that word boundaries depend on, so one long sentence stays cheap.
 */
function segmentSpan(layout: TextLayout, slot: Slot, c: { start: number; end: number }): { start: number; end: number } {
  const clause = c.start >= slot.clause.start && c.end <= slot.clause.end ? slot.clause : layout.clauses[spanIndexAt(layout.clauses, c.start)];
  if (clause && c.end <= clause.end && clause.end - clause.start <= SEGMENT_CLAUSE_MAX) return clause;
  return { start: Math.max(slot.sentence.start, c.start - 24), end: Math.min(slot.sentence.end, c.end + 24) };
}

/** Cues in order of preference: spanning the number (longest first), then before it (nearest
 * end, longest first), then after it (nearest start, longest first). */
function cuesByPreference<R>(cues: Cue<R>[], start: number, end: number): Cue<R>[] {
  const longer = (a: Cue<R>, b: Cue<R>): number => b.end - b.start - (a.end - a.start);
  const spanning = cues.filter((c) => c.start < start && c.end > end).sort(longer);
  const before = cues.filter((c) => c.end <= start).sort((a, b) => b.end - a.end || longer(a, b));
  const after = cues.filter((c) => c.start >= end).sort((a, b) => a.start - b.start || longer(a, b));
  return [...spanning, ...before, ...after];
}

/** Paragraph heading above a block of bullet lines (数说… boxes): `今年目标` over `●签约项目30个`. */
function headingAbove(layout: TextLayout, slot: Slot): { start: number; end: number } | null {
  const { text, paragraphs } = layout;
  if (!BULLET.test(text.slice(slot.paragraph.start, slot.paragraph.end))) return null;
  let k = spanIndexAt(paragraphs, slot.paragraph.start);
  for (let seen = 0; --k >= 0 && seen < 50; seen++) {
    const p = text.slice(paragraphs[k].start, paragraphs[k].end);
    if (BULLET.test(p)) continue;
    return p.length <= 30 && !/[。！？!?]/.test(p) ? paragraphs[k] : null;
  }
  return null;
}

/** The aspect words that apply to the number, first matching row of aspects.tsv. */
export function aspectRuleOf(layout: TextLayout, slot: Slot, metricCues: Cue<MetricRule>[]): AspectRule | null {
  const { text } = layout;
  const { m, clause, sentence, measure } = slot;
  const { aspects, aspectCues } = labelRules();
  // An aspect word inside a metric word is part of that word (计划 in 计划投资).
  const insideMetricWord = (c: Cue<AspectRule>): boolean => metricCues.some((w) => w.start <= c.start && w.end >= c.end);
  const inClause = cuesIn(text, Math.max(clause.start, m.start - NEAR), m.start, aspectCues).filter((c) => !insideMetricWord(c));
  const inSentence = cuesIn(text, Math.max(sentence.start, clause.start - NEAR), clause.start, aspectCues);
  // the heading above a list matters only to a heading row that fits the number: looked for then
  let inHeading: Cue<AspectRule>[] | null = null;
  const headingCues = (): Cue<AspectRule>[] => {
    const heading = headingAbove(layout, slot);
    return heading ? cuesIn(text, heading.start, heading.end, aspectCues) : [];
  };
  // a goal lead (目标任务：) holds until a word of achievement (截至, 已 …) says the figures are values again
  // Plain loops, no closures: closures over `rule` and `c` here made a context and closures per
  // aspect row and per figure (aspectRuleOf was among the largest allocators of an article).
  for (const rule of aspectRowsFor(aspects, measure)) {
    if (rule.within === 'clause') {
      for (const c of inClause) if (c.row === rule && c.end <= m.start && m.start - c.end <= rule.gap) return rule;
    } else if (rule.within === 'sentence') {
      for (const c of inSentence) {
        if (c.row === rule && !(rule.aspect === 'target' && (stopsAt(inSentence, c, m.start) || stopsAt(inClause, c, m.start)))) return rule;
      }
    } else if (rule.within === 'heading') {
      for (const c of (inHeading ??= headingCues())) if (c.row === rule) return rule;
    } else if (rule.within === 'run') {
      for (const c of inSentence) if (c.row === rule && opensRun(text, c, m.start, inSentence, inClause)) return rule;
    }
  }
  return null;
}

/** Whether a word of achievement (截至, 已 …) among `cues` stands after the goal lead `c` and before the figure at `at`. */
function stopsAt(cues: Cue<AspectRule>[], c: Cue<AspectRule>, at: number): boolean {
  for (const s of cues) if (s.row.within === 'run-stop' && s.start >= c.end && s.end <= at) return true;
  return false;
}

/**
 * A goal word in an earlier clause governs the clauses after it in its sentence (力争全年到位省外资金
 * 210亿元，实际利用外资5500万美元，新引进项目30个 → three targets) until a word of achievement (已,
 * 截至, 同比 …: run-stop rows) says the figures are values again. A goal word inside a metric word
 * (计划总投资) or a completion phrase (占年度计划的) opens nothing.
 */
function opensRun(text: string, cue: Cue<AspectRule>, at: number, inSentence: Cue<AspectRule>[], inClause: Cue<AspectRule>[]): boolean {
  const metricWords = cuesIn(text, Math.max(0, cue.start - 6), Math.min(text.length, cue.end + 6), labelRules().metricCues);
  if (metricWords.some((w) => w.start <= cue.start && w.end >= cue.end)) return false;
  // 计划 in 占年度计划的72.3%, 目标 in 完成年度目标，: inside a phrase that began before it, no goal
  const phrase = (c: Cue<AspectRule>): boolean => c.row.aspect !== 'target' || c.word.includes('…');
  if (inSentence.some((c) => c.row !== cue.row && phrase(c) && c.start < cue.start && c.end > cue.start)) return false;
  return ![...inSentence, ...inClause].some((c) => c.row.within === 'run-stop' && c.start >= cue.end && c.end <= at);
}

/** The last figure of the sentence, past the percent aspects (growth, share) that follow it. */
function figureBeforeAspects(siblings: Sibling[]): Sibling | undefined {
  for (let i = siblings.length - 1; i >= Math.max(0, siblings.length - 4); i--) {
    const s = siblings[i];
    const percentAspect = !!s.label && NON_VALUE.has(s.label.aspect) && ['percent', 'points', 'times'].includes(s.slot.measure);
    if (!percentAspect) return s;
  }
  return undefined;
}

/** Every figure after `from` in the sentence belongs to its stage (签约项目30个，总投资50亿元，…). */
function sameStageSince(siblings: Sibling[], from: Sibling): boolean {
  const stage = stageOf(from.label?.metric);
  // `from` is one of the last few siblings: found from the end, not by walking a long sentence's list
  const at = siblings.lastIndexOf(from);
  if (!stage) return false;
  for (let i = at + 1; i < siblings.length; i++) if (stageOf(siblings[i].label?.metric) !== stage) return false;
  return true;
}

/** Where the share word (占…的) of a rate figure starts in its window, or -1. */
function shareWordStart(text: string, slot: Slot, rule: AspectRule): number {
  let at = -1;
  for (const c of cuesIn(text, slot.leftStart, slot.m.start, labelRules().aspectCues)) {
    if (c.row === rule && (at < 0 || c.start < at)) at = c.start;
  }
  return at;
}

/**
 * The funds metric a generic funds figure breaks down: an origin-specific funds figure before it in
 * the sentence (or the sentence it continues), with 其中/包括 between them.
 */
function brokenDownFunds(text: string, slot: Slot, siblings: Sibling[]): MetricId | null {
  const funds = lastOf(siblings, (s) => !!s.label?.metric.startsWith('funds.') && s.label.aspect === 'value');
  if (!funds?.label || funds.label.metric === 'funds.total') return null;
  return breakdownOpener().test(text.slice(funds.slot.m.end, slot.m.start)) ? funds.label.metric : null;
}

/** `signed` + what the number measures → `signed.projects` or `signed.investment`. */
function stageMetric(stage: string, rule: MetricRule, measure: Measure, words: string): MetricId {
  if (isCountLike(measure)) return `${stage}.projects` as MetricId;
  if (isMoney(measure)) return `${stage}.investment` as MetricId;
  // a percent: of the amount when the words speak of money (签约金额同比增长), else of the count
  const money = !rule.measures.has('count') || /额|金额|资金|投资/.test(words);
  return `${stage}.${money ? 'investment' : 'projects'}` as MetricId;
}

/** The last sibling that satisfies `test`, among the few before (a sentence may hold thousands). */
function lastOf(siblings: Sibling[], test: (s: Sibling) => boolean): Sibling | undefined {
  for (let i = siblings.length - 1; i >= Math.max(0, siblings.length - 24); i--) if (test(siblings[i])) return siblings[i];
  return undefined;
}

function stageOf(metric: MetricId | undefined): string | null {
  return metric ? STAGE_METRIC.exec(metric)?.groups?.stage ?? null : null;
}

/** The metric a table row names for this number, resolving the inherit* rows against siblings. */
function metricOfRule(rule: MetricRule, slot: Slot, words: string, siblings: Sibling[], where: Whereabouts): MetricId | null {
  const m = rule.metric;
  // 区外资金: outside the autonomous region (province level) there, else only "from outside"
  if (m === 'outside-region') return where.autonomousRegion ? 'funds.out_of_province' : 'funds.domestic';
  if (m.startsWith('inherit:')) {
    // 涉及投资 belongs to the leads (项目线索135条，…，涉及投资645.5亿元) when there are any.
    const preferred = m.slice('inherit:'.length);
    if (lastOf(siblings, (s) => stageOf(s.label?.metric) === preferred && !!s.label?.metric.endsWith('.projects'))) {
      return stageMetric(preferred, rule, slot.measure, words);
    }
  }
  if (m.startsWith('inherit') && m !== 'inherit-funds') {
    // the project count just before: 签约项目29个，总投资147.2亿元
    const count = lastOf(siblings, (s) => isCountLike(s.slot.measure));
    const stage = stageOf(count?.label?.metric);
    return stage && count?.label?.metric.endsWith('.projects') ? stageMetric(stage, rule, slot.measure, words) : null;
  }
  if (m === 'inherit-funds') {
    const funds = lastOf(siblings, (s) => !!s.label?.metric.startsWith('funds.'));
    return funds?.label?.metric ?? 'funds.total';
  }
  if (m.includes('.')) return m as MetricId;
  return stageMetric(m, rule, slot.measure, words);
}

/** Where the figure is, as far as its words depend on it. */
export interface Whereabouts {
  /** The figure's region is an autonomous region or a city or county in one (not a 市辖区): 区 there is the province. */
  autonomousRegion: boolean;
}

/** Metric and aspect of one number, or null when nothing places it. */
export function labelFigure(layout: TextLayout, slot: Slot, siblings: Sibling[], where: Whereabouts = { autonomousRegion: false }): Label | null {
  const { text } = layout;
  const { m, measure } = slot;
  const windowCues = metricCuesIn(layout, slot, slot.leftStart, slot.rightEnd);
  const aspectRule = aspectRuleOf(layout, slot, windowCues);
  const aspectOfRow = (rule: MetricRule | null): Aspect =>
    (aspectRule?.aspect as Aspect | undefined) ?? ((rule?.aspect || 'value') as Aspect);
  const provisional = (aspectRule?.aspect as Aspect | undefined) ?? 'value';

  // 1–2. Own words. Metric words after a share word name the base of the share, not the figure:
  // 省外到位资金68.3亿元，占产业到位资金的70.5% is a share of the out-of-province funds.
  const shareAt = aspectRule?.aspect === 'rate' ? shareWordStart(text, slot, aspectRule) : -1;
  const usable = withoutNested(windowCues
    .filter((c) => shareAt < 0 || c.start < shareAt)
    .filter((c) => fits(c.row, measure, provisional) || (c.row.aspect && fits(c.row, measure, c.row.aspect as Aspect))));
  // 新签约项目总投资112.4亿元 with no count before: 总投资 has nothing to lean on, 签约 decides.
  for (const cue of cuesByPreference(usable, m.start, m.end)) {
    const words = text.slice(Math.min(cue.start, m.start), Math.max(cue.end, m.start));
    let metric = metricOfRule(cue.row, slot, words, siblings, where);
    if (!metric) continue;
    // 引进省外资金236亿元。其中，来自沪苏浙的到位资金128亿元: a part of the funds it breaks down
    if (metric === 'funds.total') metric = brokenDownFunds(text, slot, siblings) ?? metric;
    const inherited = cue.row.metric.startsWith('inherit');
    return labelOf(metric, aspectOfRow(cue.row), cue.row.id, cue.text, aspectRule, inherited ? 'inherit' : 'words');
  }
  if (usable.length) return null;

  // the figure just before (an unplaced one, such as a company's 产值, places nothing after it)
  const last = siblings[siblings.length - 1];
  // 3. An aspect figure describes the figure before it; a target or change must share its unit,
  //    and looks past the percent aspects of that figure (到位资金58.6亿元，同比增长12.5%，较上年
  //    增加6.5亿元: the change is of the 58.6亿元).
  if (aspectRule && last?.label) {
    const sameKind = (o: Sibling): boolean => isMoney(o.slot.measure) === isMoney(measure) && isCountLike(o.slot.measure) === isCountLike(measure);
    const needsKind = !NON_VALUE.has(aspectRule.aspect as Aspect) || aspectRule.aspect === 'change';
    const described = needsKind && !sameKind(last) ? figureBeforeAspects(siblings) : last;
    if (described?.label && (!needsKind || sameKind(described))) {
      const l = described.label;
      return labelOf(l.metric, aspectRule.aspect as Aspect, l.rule, l.metricWords, aspectRule, 'sibling');
    }
  }
  if (measure === 'percent' || measure === 'points' || measure === 'times') return null;

  // 4. 其中工业项目3个 after 签约项目17个 (其中来自东盟的企业19家 after 新注册企业46家): the
  //    breakdown takes the count's metric.
  const left = text.slice(slot.leftStart, m.start).trim();
  const count = lastOf(siblings, (s) => isCountLike(s.slot.measure));
  // A breakdown opens with 其中/包括 after the count, or continues one (…，工业项目3个，农业项目1个).
  const opened = count && (count.label?.via === 'breakdown' || count.label?.via === 'sentence' ||
    breakdownOpener().test(text.slice(count.slot.m.end, m.start)) || (isSizeClass(left) && sameStageSince(siblings, count)));
  if (measure === 'count' && count && opened && /(?:项目|企业)$/.test(left)) {
    if (!count.label || !count.label.metric.endsWith('.projects')) return null;
    const aspect = aspectRule?.aspect === 'target' || count.label.aspect === 'target' ? 'target' : 'value';
    const l = count.label;
    return labelOf(l.metric, aspect, l.rule, l.metricWords, aspectRule, 'breakdown');
  }

  // 5. The first figure of a sentence: a metric word earlier in the sentence.
  if (siblings.length === 0 && slot.leftStart > slot.sentence.start) {
    const earlier = withoutNested(metricCuesIn(layout, slot, Math.max(slot.sentence.start, slot.leftStart - NEAR), slot.leftStart).filter((c) => fits(c.row, measure, provisional)));
    for (const lead of cuesByPreference(earlier, m.start, m.end)) {
      const metric = metricOfRule(lead.row, slot, lead.text, siblings, where);
      if (metric) return labelOf(metric, aspectOfRow(lead.row), lead.row.id, lead.text, aspectRule, 'sentence');
    }
  }
  return null;
}
