// Line-level cleaning on normalized text: find a dateline in the page header, then drop page-dump
// noise (navigation, footers, contact and copyright lines) by the rules of src/rules/noise.tsv and
// src/rules/navWords.tsv. Conservative: a line with an investment figure is never dropped.
import type { PublishedSource } from '../model.js';
import { alternationOf, loadTable, type RuleRow } from '../rules/ruleTables.js';
import { calendarDayOf } from './calendarDays.js';
import type { CleanedSource } from './cleanDocument.js';

export interface FinishedText {
  text: string;
  /** The page dump's headline when the container gave no title (the line above its dateline). */
  title: string | null;
  published: string | null;
  publishedSource: PublishedSource;
}

/** Lines of the page header: where a dateline or a header boundary may be. */
export const HEADER_LINES = 15;
/** A boundary line that starts after this share of the text opens the footer. */
const FOOTER_FROM = 0.6;
/** Lines above a header boundary must all be this short (menus, headline lists) to be cut. */
const HEADER_LINE_MAX = 80;

export function finishText(normalized: string, cleaned: CleanedSource): FinishedText {
  const lines = normalized.split('\n').map((l) => l.trim()).filter(Boolean);
  const text = keptLines(lines).join('\n');
  let published = cleaned.published;
  let publishedSource = cleaned.publishedSource;
  if (!published) {
    published = datelineOf(lines);
    publishedSource = published ? 'dateline' : null;
  }
  if (!published && cleaned.laterPublished.length > 0) {
    ({ published, source: publishedSource } = cleaned.laterPublished[0]);
  }
  const title = cleaned.title ?? headlineOf(lines);
  return { text, title, published, publishedSource };
}

/** Headline-like: a short line of text, no sentence punctuation at its end, not navigation. */
function isHeadlineLike(line: string): boolean {
  // A row of site names (`某某新闻网  某某日报  某某晚报`) is navigation, not a headline.
  const words = line.split(/\s+/);
  const siteRow = words.length >= 3 && words.every((w) => w.length <= 8);
  return !siteRow && line.length >= 6 && line.length <= 64 && /\p{Script=Han}{4}/u.test(line) && !/[。！？!?]$/.test(line) &&
    !isMenuLine(line) && noiseRuleOf(line) === null && datelineOf([line]) === null;
}

/**
 * A page dump's headline: the line just above the dateline, when it reads like a headline
 * (`某区招商引资再创新高` over `发布日期:2024-01-05 来源:某区`). Null otherwise: lists of other
 * articles' headlines sit higher up in page headers, and a first paragraph is no title.
 */
export function headlineOf(lines: string[]): string | null {
  const head = lines.slice(0, HEADER_LINES);
  const datelineAt = head.findIndex((l) => datelineOf([l]) !== null);
  return datelineAt > 0 && isHeadlineLike(head[datelineAt - 1]) ? head[datelineAt - 1] : null;
}

// ---- rules ----------------------------------------------------------------------------------

export interface NoiseRule {
  id: string;
  action: 'drop' | 'boundary';
  re: RegExp;
  maxLen: number;
  example: string;
  source: string;
}

let noiseRules: NoiseRule[] | null = null;
let menuLine: RegExp | null = null;
let figureWords: RegExp | null = null;
let datelineLabels: RegExp | null = null;

export function noiseRulesOf(): NoiseRule[] {
  noiseRules ??= loadTable('noise', validateNoiseRow).map((r) => ({
    id: r.id,
    action: r.action as NoiseRule['action'],
    re: noisePatternOf(r),
    maxLen: Number(r.max_len || 0),
    example: r.example,
    source: r.__source,
  }));
  return noiseRules;
}

function noisePatternOf(r: RuleRow): RegExp {
  const body = r.where === 'line' ? `^(?:${r.pattern})$` : r.where === 'start' ? `^(?:${r.pattern})` : r.pattern;
  return new RegExp(body, 'iu');
}

function validateNoiseRow(r: RuleRow): string | null {
  if (!r.id) return 'id is empty';
  if (r.action !== 'drop' && r.action !== 'boundary') return 'action must be drop or boundary';
  if (!['line', 'start', 'any'].includes(r.where)) return 'where must be line, start or any';
  if (!/^\d*$/.test(r.max_len ?? '')) return 'max_len must be a whole number';
  try {
    noisePatternOf(r);
  } catch (e) {
    return `pattern is not a regular expression: ${(e as Error).message}`;
  }
  return null;
}

/** The noise rule a line triggers, a boundary rule before a drop rule, else table order; or null. */
export function noiseRuleOf(line: string): NoiseRule | null {
  // Most lines trigger no rule: one test of the rules' union says so (instead of one per rule).
  const any = noiseUnionFor(line.length);
  if (any === NO_RULES || (any && !any.test(line))) return null;
  let drop: NoiseRule | null = null;
  for (const rule of noiseRulesOf()) {
    if (rule.maxLen && line.length > rule.maxLen) continue;
    if (drop && rule.action === 'drop') continue;
    if (!rule.re.test(line)) continue;
    if (rule.action === 'boundary') return rule;
    drop = rule;
  }
  return drop;
}

// ---- union prefilter ----------------------------------------------------------------------------
// The rules a line of length L is tested against are those with no max_len or max_len >= L. For
// each such set, one regex is the union of their patterns, `(?:p1)|(?:p2)|…` with the rules'
// flags: it matches a line exactly when one of the patterns does, so when it does not match, no
// rule applies. (When it does, the rules are tested one by one as before, for the order.) Only
// sound when every pattern stands alone in an alternation: a pattern with a back reference
// (its group numbers shift) or a named group (names may repeat) gets no union.
let unionLimits: number[] | null = null; // distinct max_len values, ascending
let unions: (RegExp | null)[] = [];

/** What noiseUnionFor gives for a line too long for every rule (no test of a long line at all). */
export const NO_RULES = /(?!)/;

/** The union regex for lines of this length (NO_RULES when no rule applies), or null when the rules cannot be joined. */
export function noiseUnionFor(length: number): RegExp | null {
  const rules = noiseRulesOf();
  if (!unionLimits) {
    const joinable = rules.every((r) => r.re.flags === rules[0].re.flags && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(r.re.source));
    unionLimits = joinable ? [...new Set(rules.map((r) => r.maxLen).filter((m) => m > 0))].sort((a, b) => a - b) : [];
    unions = joinable ? new Array<RegExp | null>(unionLimits.length + 1).fill(null) : [];
    if (!joinable) return null;
  }
  if (unions.length === 0) return null;
  // index of the first limit >= length: the rules with a limit from there on (and those with none) apply
  let k = 0;
  while (k < unionLimits.length && unionLimits[k] < length) k++;
  let re = unions[k];
  if (!re) {
    const from = k < unionLimits.length ? unionLimits[k] : Infinity;
    const sources = rules.filter((r) => !r.maxLen || r.maxLen >= from).map((r) => `(?:${r.re.source})`);
    re = sources.length ? new RegExp(sources.join('|'), rules[0].re.flags) : NO_RULES;
    unions[k] = re;
  }
  return re;
}

/** A line made only of menu words: `首页 | 新闻 · 财经`, `微笑`, `外链`. */
export function isMenuLine(line: string): boolean {
  if (line.length > 60) return false;
  menuLine ??= (() => {
    const words = alternationOf(loadTable('navWords', (r) => (r.word ? null : 'word is empty')).map((r) => r.word));
    // Bullets and brackets around menu items: `• 微笑`, `[首页]`, `【关闭】`.
    return new RegExp(`^[•·●\\-*\\[【]?\\s*(?:${words})[\\]】]?(?:[\\s|·/]+[\\[【]?(?:${words})[\\]】]?)*$`, 'i');
  })();
  return menuLine.test(line);
}

/** Digits together with an investment word: 签约项目3个, 总投资5亿元. Such lines always stay. */
export function hasInvestmentFigure(line: string): boolean {
  if (!/\d/.test(line)) return false;
  figureWords ??= new RegExp(alternationOf(loadTable('figureWords', (r) => (r.word ? null : 'word is empty')).map((r) => r.word)));
  return figureWords.test(line);
}

// ---- dropping ---------------------------------------------------------------------------------

/** Lines that are article text: header above a header boundary, footer below a footer boundary and noise lines go. */
export function keptLines(lines: string[]): string[] {
  const verdicts = lines.map((l) => (isMenuLine(l) ? 'drop' : noiseRuleOf(l)?.action ?? null));
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let headerEnd = -1; // index of the last header boundary
  for (let i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
    if (verdicts[i] === 'boundary' && lines.slice(0, i).every((l) => l.length <= HEADER_LINE_MAX)) headerEnd = i;
  }
  let footerStart = lines.length;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > headerEnd && verdicts[i] === 'boundary' && offset >= total * FOOTER_FROM) {
      footerStart = i;
      break;
    }
    offset += lines[i].length + 1;
  }
  return lines.filter((line, i) => {
    if (hasInvestmentFigure(line) && !(verdicts[i] !== null && isStaticPageLine(line))) return true;
    if (i <= headerEnd || i >= footerStart) return false;
    return verdicts[i] === null;
  });
}

// A figure guard exception: copyright/ICP lines carry digits and words like 投资 in a company name.
function isStaticPageLine(line: string): boolean {
  const rule = noiseRuleOf(line);
  return rule?.id === 'icp' || rule?.id === 'copyright';
}

// ---- dateline -------------------------------------------------------------------------------

// A full date: 2023-04-25, 2019年12月26日, 2019/12/26, 2019.12.26, with an optional time after it.
const FULL_DATE = /(?<y>(?:19|20)\d{2})\s*(?:-|\/|\.|年)\s*(?<m>\d{1,2})\s*(?:-|\/|\.|月)\s*(?<d>\d{1,2})(?:日|号)?(?:\s*(?<time>\d{1,2}:\d{2}(?::\d{2})?))?/g;

let datelineLabelMax = 0;

function datelineLabelPattern(): RegExp {
  if (!datelineLabels) {
    const labels = loadTable('datelineLabels', (r) => (r.label ? null : 'label is empty')).map((r) => r.label);
    datelineLabelMax = Math.max(0, ...labels.map((l) => l.length));
    datelineLabels = new RegExp(`(?:${alternationOf(labels)})\\s*[:：]?\\s*$`);
  }
  return datelineLabels;
}

/**
 * Whether a dateline label ends right before offset `at` of the line. Tests only the tail a label
 * can lie in (the run of spaces and colons before `at`, and the longest label before that), so a
 * megabyte line full of dates costs linear time, not a regex scan from the line start per date.
 */
function labelledAt(line: string, at: number): boolean {
  const re = datelineLabelPattern();
  let k = at;
  while (k > 0 && /[\s:：]/.test(line[k - 1])) k--;
  return re.test(line.slice(Math.max(0, k - datelineLabelMax), at));
}

function nonSpaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!/\s/.test(s[i])) n++;
  return n;
}

/**
 * The page's own date from its header: a full date in the first lines that is labelled
 * (`时间:2014-04-25`), stands on a navigation line (`上一篇 下一篇 2019年12月26日 放大 缩小`), or
 * fills a short line with no sentence punctuation (`2023-04-25 16:17:05 来源: 某区`). A date inside
 * an article sentence (`截至2023年12月20日,…`) is not a dateline.
 */
export function datelineOf(lines: string[]): string | null {
  for (const line of lines.slice(0, HEADER_LINES)) {
    let lineNonSpace = -1;
    for (const m of line.matchAll(FULL_DATE)) {
      const g = m.groups!;
      const day = calendarDayOf(Number(g.y), Number(g.m), Number(g.d));
      if (!day) continue;
      const labelled = labelledAt(line, m.index!);
      const onNavLine = line.length <= 80 && noiseRuleOf(line) !== null;
      if (labelled || onNavLine) return day;
      // The rest of the line must be short: with more than 30 non-space characters besides the
      // date it cannot be (checked first, so long lines do not build the rest for every date).
      if (lineNonSpace < 0) lineNonSpace = nonSpaceCount(line);
      if (lineNonSpace - nonSpaceCount(m[0]) > 30) continue;
      const rest = (line.slice(0, m.index) + line.slice(m.index! + m[0].length)).trim();
      const alone = rest.length <= 30 && !/[，,。；;！？!?、]/.test(rest);
      if (alone) return day;
    }
  }
  return null;
}
