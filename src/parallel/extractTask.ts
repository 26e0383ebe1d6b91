// What crosses the thread boundary: plain data only (structured clone), no classes, no functions.
// A worker reads and decodes article files itself, so reading, decoding and extracting all run on
// the pool; the main thread only plans, orders and writes.
import type { SourceDocument } from '../model.js';
import type { PipelineOptions } from '../pipeline.js';
import type { DocumentResult } from '../cli/runExtraction.js';
import type { RecordWriterOptions } from '../output/recordWriter.js';

/** Fixed for a run: given to every worker once, as workerData. */
export interface WorkerSetup {
  /** `--rules` folders: each worker calls setExtraRulesDirs with them before reading a table. */
  rulesDirs: string[];
  options: PipelineOptions & { withText?: boolean };
  /**
   * The run's output format: each worker formats its document's records (createChunkFormatter) and
   * sends back text, not records, so the main thread only writes strings in order.
   */
  format?: RecordWriterOptions;
}

/** One document: a path the worker reads (`maxBytes` as --max-bytes), or a source already read (JSONL, stdin). */
export type ExtractTask =
  | { path: string; maxBytes: number }
  | { source: SourceDocument };

/**
 * Several documents for one worker, answered in one message (BatchReply, replies in task order):
 * a worker then waits for the main thread once per batch, not once per document.
 */
export interface ExtractBatch {
  batch: ExtractTask[];
}

export interface BatchReply {
  replies: ExtractReply[];
}

export type ExtractReply =
  | { result: DocumentResult }
  /** The document could not be read or extracted: the run goes on (reason as runExtraction words it). */
  | { failure: { doc: string; reason: string } }
  /** The run cannot go on (a bad --rules table): the main thread rethrows it as a ZhaoshangError. */
  | { fatal: { message: string; code: string } };
