// The types passed between stages, and the output record of ../shared/SCHEMA.md.
// This is the only file that defines the record; every writer and reader imports it.

/** Pipeline stage ids of SCHEMA's "Metrics" tables. */
export const STAGES = ['planned', 'leads', 'negotiating', 'signed', 'landed', 'started', 'completed'] as const;
export type Stage = (typeof STAGES)[number];

export const METRICS = [
  ...STAGES.flatMap((s) => [`${s}.projects`, `${s}.investment`] as const),
  'funds.out_of_province',
  'funds.out_of_city',
  'funds.foreign',
  'funds.domestic',
  'funds.total',
  'invested.amount',
  'activity.trips',
  'activity.events',
  'activity.visits',
  'other',
] as const;
export type MetricId = `${Stage}.projects` | `${Stage}.investment` | (typeof METRICS)[number];

export const ASPECTS = ['value', 'target', 'completion', 'growth', 'change', 'rate'] as const;
export type Aspect = (typeof ASPECTS)[number];

export const APPROXES = ['over', 'under', 'about', 'at_least', 'at_most'] as const;
export type Approx = (typeof APPROXES)[number] | null;

/** `count`, `percent`, or an ISO 4217 code for money. */
export type Unit = string;

/** One figure: SCHEMA.md's record, field for field, in CSV column order. */
export interface FigureRecord {
  doc: string;
  url: string | null;
  title: string | null;
  published: string | null;
  region: string | null;
  adcode: string | null;
  period: string | null;
  period_text: string | null;
  metric: MetricId;
  aspect: Aspect;
  value: number;
  value_high: number | null;
  unit: Unit;
  approx: Approx;
  scope: string | null;
  text: string;
  sentence: string;
  start: number;
  end: number;
  rule?: string;
  /** Only with --explain: the words that decided metric, period and region. */
  explain?: Record<string, string | null>;
}

/** CSV/TSV column order, as SCHEMA lists the fields (`rule` only with --explain). */
export const RECORD_FIELDS = [
  'doc', 'url', 'title', 'published', 'region', 'adcode', 'period', 'period_text', 'metric', 'aspect',
  'value', 'value_high', 'unit', 'approx', 'scope', 'text', 'sentence', 'start', 'end',
] as const satisfies readonly (keyof FigureRecord)[];

export type DocumentKind = 'html' | 'markdown' | 'text';

/** What input/ hands on: one document, decoded, with whatever metadata its container carried. */
export interface SourceDocument {
  /** Path as the user gave it (joined under a folder), or the JSONL `id`. */
  doc: string;
  kind: DocumentKind;
  /** Decoded text, not yet cleaned or normalized. */
  raw: string;
  /** Encoding the bytes were decoded from (`utf-8`, `gb18030`, `big5`, `utf-16le`, …). */
  encoding: string;
  url: string | null;
  /** From the container (JSONL `published`), if any; `YYYY-MM-DD`. */
  published: string | null;
  title: string | null;
}

/** Where a publication date came from, most trusted first (SCHEMA/issue 3 order). */
export type PublishedSource = 'cli' | 'front-matter' | 'meta' | 'dateline' | 'url' | 'jsonl' | 'body-latest' | null;

/** What clean/ + normalize/ hand on: the one text every extractor reads. */
export interface CleanDocument {
  doc: string;
  url: string | null;
  title: string | null;
  published: string | null;
  publishedSource: PublishedSource;
  /**
   * Normalized, simplified main text; paragraphs separated by '\n'. Record offsets point here.
   * (`zhaoshang normalize` prints exactly this.)
   */
  text: string;
}

/** One document's figures with what a reader needs to place them (CLI drivers, report, stats). */
export interface ExtractedDocument {
  doc: string;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The normalized text record offsets point into, when it was asked for. */
  text: string | null;
  records: FigureRecord[];
}

/** A number with its unit, found in normalized text by extract/numbers. */
export interface NumberMention {
  start: number;
  end: number; // exclusive
  text: string;
  value: number;
  valueHigh: number | null;
  /** `count`, `percent`, an ISO currency code, or `none` for a bare number / other measure. */
  unit: Unit;
  /** The unit word as written: 个, 家, 次, 场, 亿元, 万美元, %, 倍, 个百分点, … */
  unitWord: string;
  approx: Approx;
  rule: string;
  /** For unit `count`: what the measure word counts (个 项 家 → thing, 次 场 批 → event, 人 名 位 → person). */
  measure: 'thing' | 'event' | 'person' | undefined;
}

/** Period words found in text, already resolved against the reference date. */
export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  /** SCHEMA period string (`2021-01/2021-10`, `2021`, `../2023-12-20`, …) or null when unresolvable. */
  period: string | null;
  /** True for words that mark an annual goal (全年目标, 年度计划): they override year-to-date context for targets. */
  annual: boolean;
  /**
   * True for a comparison base (去年同期, 上年同期): the period a growth figure is measured against,
   * never the figure's own period. periodFor skips these. Undefined means false (always a key: one
   * hidden class for every mention).
   */
  base: true | undefined;
  rule: string;
}

export interface RegionMention {
  start: number;
  end: number;
  text: string;
  /** Fullest simplified form (`平顶山市新华区`), or the zone as named (`贵安新区`). */
  name: string;
  adcode: string | null;
  level: 'province' | 'city' | 'county' | 'zone' | 'anaphor';
  /**
   * For a county-level unit: its prefecture-level city (for 全市/我市 in a district's article).
   * Always present as a key (undefined when absent): one hidden class for every mention.
   */
  city: { name: string; adcode: string | null } | undefined;
  /** For an anaphor: `main` (全市, 我区) stands for the article's area, `nearest` (该区, 新区) for the nearest compatible one before. Undefined otherwise. */
  refers: 'main' | 'nearest' | undefined;
}

/** Exit codes: 0 ok, 1 some input failed, 2 usage error. */
export type ErrorCode = 'usage' | 'input' | 'rules' | 'internal';

/** The one error type; cli/ maps `exitCode` to the process exit code. */
export class ZhaoshangError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly exitCode: 1 | 2 = code === 'usage' || code === 'rules' ? 2 : 1,
  ) {
    super(message);
    this.name = 'ZhaoshangError';
  }
}
