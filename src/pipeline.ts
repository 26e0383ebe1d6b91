// The one place that knows the stage order:
//   input (SourceDocument) → clean (structure, metadata) → normalize (one text form)
//   → clean again on lines (page-dump noise, dateline) → extract (numbers, periods, regions)
//   → assemble (metric, aspect, linking, dedupe) → FigureRecord[]
import type { CleanDocument, FigureRecord, SourceDocument } from './model.js';
import { cleanDocument } from './clean/cleanDocument.js';
import { normalizeText } from './normalize/normalizeText.js';
import { finishText } from './clean/finishText.js';
import { findNumbers } from './extract/findNumbers.js';
import { findPeriods } from './extract/findPeriods.js';
import { findRegions } from './extract/findRegions.js';
import { assembleRecords } from './assemble/assembleRecords.js';

export interface PipelineOptions {
  /** Keep numbers that fit no metric, as metric `other`. */
  all?: boolean;
  /** `--published YYYY-MM-DD`: overrides every other source. */
  published?: string | null;
  /** Add `rule` and `explain` to records. */
  explain?: boolean;
}

/** Source document → the cleaned, normalized document every extractor reads. */
export function prepareDocument(src: SourceDocument, opts: PipelineOptions = {}): CleanDocument {
  const cleaned = cleanDocument(src);
  const normalized = normalizeText(cleaned.body);
  const finished = finishText(normalized, cleaned);
  const title = cleaned.title == null ? finished.title : normalizeText(cleaned.title).trim() || null;
  const published = opts.published ?? finished.published;
  return {
    doc: src.doc,
    url: cleaned.url,
    title,
    published,
    publishedSource: opts.published ? 'cli' : finished.publishedSource,
    text: finished.text,
  };
}

/** Source document → its records, in text order. */
export function extractRecords(src: SourceDocument, opts: PipelineOptions = {}): FigureRecord[] {
  const doc = prepareDocument(src, opts);
  return recordsOf(doc, opts);
}

export function recordsOf(doc: CleanDocument, opts: PipelineOptions = {}): FigureRecord[] {
  const numbers = findNumbers(doc.text);
  const periods = findPeriods(doc.text, doc.published);
  const regions = findRegions(doc.text, doc.title);
  return assembleRecords(doc, { numbers, periods, regions }, { all: !!opts.all, explain: !!opts.explain });
}
