// Mentions → records: metric, aspect, period, region, scope; linking and dedupe.
// Numbers are read in text order, sentence by sentence, so each one can lean on the figures
// before it in its sentence (an amount on its project count, a rate on its metric).
import type { Approx, CleanDocument, FigureRecord, NumberMention, PeriodMention, RegionMention } from '../model.js';
import { layoutOf, textOf, type TextLayout } from '../extract/textLayout.js';
import { periodFor } from './periodFor.js';
import { mainRegion, regionFor, type RegionChoice } from './regionFor.js';
import { slotsOf, type Slot } from './figureContext.js';
import { countsProjects, distractorOf } from './distractorOf.js';
import { breakdownOpener, labelFigure, type Label, type Sibling, type Whereabouts } from './labelFigure.js';
import { scopeOf } from './scopeOf.js';
import { dedupeRecords, stepOf, type Candidate } from './dedupeRecords.js';

export interface Mentions {
  numbers: NumberMention[];
  periods: PeriodMention[];
  regions: RegionMention[];
}

export interface AssembleOptions {
  all: boolean;
  explain: boolean;
}

const FIGURE_MEASURES = new Set(['count', 'event', 'money', 'percent', 'points', 'times']);

/** Why a number is not a figure (a distractor rule id, `measure`, `threshold`, `noun`), or null. */
function rejectionOf(text: string, slot: Slot): string | null {
  if (slot.m.unit === 'none') return 'unit';
  if (!FIGURE_MEASURES.has(slot.measure)) return `measure:${slot.measure}`;
  if (slot.threshold) return 'threshold';
  if (!countsProjects(text, slot)) return 'noun';
  return distractorOf(text, slot, null);
}

/** Autonomous regions (内蒙古, 广西, 西藏, 宁夏, 新疆) by the first two digits of an adcode. */
const AUTONOMOUS_REGION = /^(?:15|45|54|64|65)/;

/** 区 is the province level in an autonomous region and its cities and counties, not in a 市辖区. */
function inAutonomousRegion(region: { name: string | null; adcode: string | null }): boolean {
  if (!region.adcode || !AUTONOMOUS_REGION.test(region.adcode)) return false;
  return region.adcode.endsWith('0000') || !/区$/.test(region.name ?? '') || /自治区$/.test(region.name ?? '');
}

const REJECTED_NOT_DISTRACTOR = /^(?:unit|measure:|threshold|noun)/;
const isDistractorId = (id: string): boolean => !REJECTED_NOT_DISTRACTOR.test(id);

/** The sentence opens with 其中/包括 and follows the previous sentence of the same paragraph. */
function continuesBreakdown(layout: TextLayout, slot: Slot, previousStart: number): boolean {
  if (previousStart < slot.paragraph.start) return false;
  return breakdownOpener().exec(layout.text.slice(slot.sentence.start, slot.sentence.start + 4))?.index === 0;
}

/** A title, sub-heading or summary-box line: a paragraph that is not a sentence of the body. */
function isHeadline(layout: TextLayout, slot: Slot): boolean {
  const { start, end } = slot.paragraph;
  if (/^[●•■◆▪◇○·]/.test(layout.text[start] ?? '')) return true;
  return end - start <= 60 && !/[。！？!?]/.test(textOf(layout, slot.paragraph));
}

/** A figure's value (or value_high) once its aspect is known (倍 → percent, 下降 → negative). */
function valueOf(m: NumberMention, label: Label, x: number): number {
  const rule = label.aspectRule;
  const sign = rule?.sign ?? 1;
  if (m.unit !== 'times') return tidy(x * sign);
  return tidy((rule?.times === 'ratio' ? (x - 1) * 100 : x * 100) * sign);
}

/** A figure's approx once its aspect is known: a target's 超过 is at_least. */
function approxOf(m: NumberMention, label: Label): Approx {
  const approx: Approx = m.approx;
  if (label.aspect !== 'target') return approx;
  return label.aspectRule?.approx ?? (approx === 'over' ? 'at_least' : approx === 'under' ? 'at_most' : approx);
}

/**
 * A value rounded to 15 significant digits (the float noise of 0.1 * 3 goes), -0 as 0. An integer
 * under 10^15 has no more digits than that, so it is its own rounding: no number-to-string trip.
 */
export function tidy(x: number): number {
  if (Object.is(x, -0)) return 0;
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  return +x.toPrecision(15);
}

/**
 * The region of the figure at hand, looked for when a record needs it or a metric word asks where
 * the figure is (区外资金): not for every number the labeller rejects. One per article, moved from
 * figure to figure: a closure and a getter object per figure were garbage.
 */
class SlotRegion implements Whereabouts {
  private found: RegionChoice | null = null;
  private offset = 0;
  constructor(
    private readonly layout: TextLayout,
    private readonly regions: RegionMention[],
    private readonly main: RegionMention | null,
  ) {}

  /** Moves to the figure at `offset`. */
  at(offset: number): void {
    this.found = null;
    this.offset = offset;
  }

  choice(): RegionChoice {
    return (this.found ??= regionFor(this.layout, this.regions, this.main, this.offset));
  }

  get autonomousRegion(): boolean {
    return inAutonomousRegion(this.choice());
  }
}

export function assembleRecords(doc: CleanDocument, mentions: Mentions, opts: AssembleOptions): FigureRecord[] {
  const layout = layoutOf(doc.text);
  const { text } = layout;
  const main = mainRegion(doc.title, layout, mentions.regions);
  const candidates: Candidate[] = [];
  // numbers no metric places (only with --all): never deduped, so no step or headline test
  const others: FigureRecord[] = [];
  let siblings: Sibling[] = [];
  let sentenceStart = -1;
  const where = new SlotRegion(layout, mentions.regions, main);

  for (const slot of slotsOf(layout, mentions.numbers, opts.all)) {
    if (slot.sentence.start !== sentenceStart) {
      // 其中，工业项目18个… opening a sentence goes on with the figures of the one before
      if (!continuesBreakdown(layout, slot, sentenceStart)) siblings = [];
      sentenceStart = slot.sentence.start;
    }
    let rejected = rejectionOf(text, slot);
    let label: Label | null = null;
    // a distractor is still a figure of its sentence: 其中包括一个…项目，项目总投资5.2亿元 leans on
    // 一个, not on the signed count before it
    if (rejected && isDistractorId(rejected)) siblings.push({ slot, label: null });
    // the region is looked for when a record needs it, or a metric word asks where the figure is
    // (区外资金): not for every number the labeller rejects
    where.at(slot.m.start);
    if (!rejected) {
      label = labelFigure(layout, slot, siblings, where);
      // labelled, but a distractor of that metric (接待企业350次 is no visit): still a figure of the
      // sentence for its neighbours, with no metric
      rejected = label ? distractorOf(text, slot, label.metric) : null;
      if (rejected) label = null;
      siblings.push({ slot, label });
    }
    if (!label && !opts.all) continue;

    const m = slot.m;
    const region = where.choice();
    const aspect = label?.aspect ?? 'value';
    const period = periodFor(layout, mentions.periods, { offset: m.start, target: aspect === 'target' });
    // Every field written in place, in SCHEMA order: a spread of a {value, value_high, unit, approx}
    // object cost an object per figure and deoptimized assembleRecords ("wrong map") when the
    // copied fields changed representation.
    const record: FigureRecord = {
      doc: doc.doc,
      url: doc.url,
      title: doc.title,
      published: doc.published,
      region: region.name,
      adcode: region.adcode,
      period: period?.period ?? null,
      period_text: period?.text ?? null,
      metric: label?.metric ?? 'other',
      aspect,
      value: label ? valueOf(m, label, m.value) : m.value,
      value_high: m.valueHigh == null ? (label ? null : m.valueHigh) : label ? valueOf(m, label, m.valueHigh) : m.valueHigh,
      unit: label && m.unit === 'times' ? 'percent' : m.unit,
      approx: label ? approxOf(m, label) : m.approx,
      scope: label ? scopeOf(layout, slot, label) : null,
      text: m.text,
      sentence: textOf(layout, slot.sentence),
      start: m.start,
      end: m.end,
    };
    if (opts.explain) {
      record.rule = label ? label.rule + (label.aspectRule ? `+${label.aspectRule.id}` : '') : rejected ?? 'no-metric-words';
      record.explain = {
        metric_words: label?.metricWords ?? null,
        period_words: period?.text ?? null,
        region_words: region.via?.text ?? null,
      };
    }
    if (record.metric === 'other') others.push(record);
    else candidates.push({ record, step: stepOf(m.text, m.value), headline: isHeadline(layout, slot), sentenceStart: slot.sentence.start });
  }
  return mergedByStart(dedupeRecords(candidates), others);
}

/** Two lists in text order as one (a stable sort of their concatenation by start, in one pass). */
function mergedByStart(a: FigureRecord[], b: FigureRecord[]): FigureRecord[] {
  const out: FigureRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
