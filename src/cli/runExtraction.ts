// Shared driver for commands that extract: walks inputs in sorted order, one document at a time,
// hands each document's records to a callback as soon as it is done, and accounts for every input.
import { ZhaoshangError, type FigureRecord, type SourceDocument } from '../model.js';
import { collectPaths, type InputFailure } from '../input/collectPaths.js';
import { documentFromBytes, readDocument } from '../input/readDocument.js';
import { readStdinBytes } from '../input/readStdin.js';
import { extractRecords, type PipelineOptions } from '../pipeline.js';

export interface RunOptions extends PipelineOptions {
  maxBytes?: number;
  failFast?: boolean;
}

export interface RunSummary {
  read: number;
  failed: InputFailure[];
  skipped: string[];
  figures: number;
  seconds: number;
}

export interface RunHooks {
  onRecords(records: FigureRecord[], src: SourceDocument): void;
  onFailure?(failure: InputFailure): void;
  onProgress?(done: number, total: number, figures: number): void;
}

export function sourcesOf(paths: string[], opts: RunOptions): {
  total: number;
  failures: InputFailure[];
  skipped: string[];
  next: () => Iterable<SourceDocument | InputFailure>;
} {
  const { files, failures, skipped } = collectPaths(paths);
  function* next(): Iterable<SourceDocument | InputFailure> {
    for (const f of files) {
      try {
        yield f === '-' ? documentFromBytes('-', readStdinBytes()) : readDocument(f, { maxBytes: opts.maxBytes });
      } catch (e) {
        yield { doc: f, reason: reasonOf(e, f) };
      }
    }
  }
  return { total: files.length, failures, skipped, next };
}

export function reasonOf(e: unknown, doc: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.startsWith(`${doc}: `) ? msg.slice(doc.length + 2) : msg;
}

export function isFailure(x: SourceDocument | InputFailure): x is InputFailure {
  return (x as InputFailure).reason !== undefined;
}

export function runExtraction(paths: string[], opts: RunOptions, hooks: RunHooks): RunSummary {
  const t0 = process.hrtime.bigint();
  const { total, failures, skipped, next } = sourcesOf(paths, opts);
  const failed: InputFailure[] = [];
  const fail = (f: InputFailure): void => {
    failed.push(f);
    hooks.onFailure?.(f);
    if (opts.failFast) throw new ZhaoshangError(`${f.doc}: ${f.reason}`, 'input');
  };
  for (const f of failures) fail(f);
  let read = 0;
  let figures = 0;
  for (const item of next()) {
    if (isFailure(item)) {
      fail(item);
    } else {
      let records: FigureRecord[];
      try {
        records = extractRecords(item, opts);
      } catch (e) {
        fail({ doc: item.doc, reason: `extraction failed: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      read++;
      figures += records.length;
      hooks.onRecords(records, item);
    }
    hooks.onProgress?.(read + failed.length, total + failures.length, figures);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { read, failed, skipped, figures, seconds };
}
