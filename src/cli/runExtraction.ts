// Shared driver for the commands that extract: plans the inputs (sorted, so output never depends
// on argument order), reads one document at a time, extracts it with ONE call (extractDocument,
// which a worker pool can take over), hands the result on at once, and accounts for every input.
import path from 'node:path';
import { ZhaoshangError, type ExtractedDocument, type SourceDocument } from '../model.js';
import { argumentsAreApart, collectPaths, comparePaths, walkEntries, type CollectedPaths, type InputFailure, type WalkEntry } from '../input/collectPaths.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../input/readDocument.js';
import { readJsonl } from '../input/readJsonl.js';
import type { PipelineOptions } from '../pipeline.js';
import type { InputFormat } from './options.js';
import { inShard, type Shard } from './shardOf.js';
import { stdinDocument, stdinJsonl } from './stdinSource.js';
import type { EncodedChunk } from '../output/recordWriter.js';

export interface RunOptions extends PipelineOptions {
  maxBytes?: number;
  failFast?: boolean;
  inputFormat?: InputFormat;
  shard?: Shard | null;
  /** Keep each document's normalized text in its result (report, stats). */
  withText?: boolean;
}

/** What one document gives: plain data, so it can come back from a worker thread (`text` only with `withText`). */
export interface DocumentResult extends ExtractedDocument {
  /**
   * The records already formatted as the run's output, as UTF-8 (a worker pool given `format`);
   * `records` is then empty and `output.figures` counts them.
   */
  output?: EncodedChunk;
}

export interface Progress {
  done: number;
  /** Inputs planned, or null when JSON lines make it unknown. */
  total: number | null;
  figures: number;
  seconds: number;
}

export interface RunSummary {
  read: number;
  failed: InputFailure[];
  /** Files inside folders passed over because of their extension. */
  skipped: string[];
  /** Documents left to other shards by --shard. */
  otherShards: number;
  figures: number;
  seconds: number;
  /** True when --fail-fast stopped the run. */
  stopped: boolean;
}

export interface RunHooks {
  onDocument(result: DocumentResult): void | Promise<void>;
  onFailure?(failure: InputFailure): void;
  onProgress?(progress: Progress): void;
}

const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
const isJsonlPath = (p: string): boolean => JSONL_EXTENSIONS.includes(path.extname(p).toLowerCase());

interface PlannedInput {
  path: string;
  kind: 'article' | 'jsonl';
}

export interface InputPlan {
  /** What to read, in code-unit order of the path; may be listed lazily (walked again when iterated). */
  inputs: Iterable<PlannedInput>;
  /** How many inputs there are. */
  count: number;
  /** Whether any input is JSON lines (then the number of documents is not known in advance). */
  hasJsonl: boolean;
  failures: InputFailure[];
  skipped: string[];
}

/**
 * What a walk entry becomes in the plan: an input, a file passed over (`rest`), or nothing (a
 * failure, which the plan lists on its own).
 */
function plannedOf(e: WalkEntry, paths: string[], format: InputFormat): PlannedInput | { rest: string } | null {
  if ('failure' in e) return null;
  if ('skipped' in e) return isJsonlPath(e.skipped) ? { path: e.skipped, kind: 'jsonl' } : { rest: e.skipped };
  const f = e.file;
  // In jsonl mode a folder's articles are not JSON lines: they are passed over, and said so.
  if (format === 'jsonl' && f !== '-' && !isJsonlPath(f) && !paths.includes(f)) return { rest: f };
  return { path: f, kind: format === 'jsonl' || isJsonlPath(f) ? 'jsonl' : 'article' };
}

/**
 * Paths and folders → what to read and how, in code-unit order of the path. When no argument lies
 * inside another's folder (the usual case), the folders are walked once to count and to find what
 * cannot be read, and walked again as the inputs are read, so a run over a million files does not
 * hold a million paths (argumentsAreApart). Otherwise the paths are collected and sorted first.
 */
export function planInputs(paths: string[], format: InputFormat = 'auto'): InputPlan {
  if (!argumentsAreApart(paths)) return plannedFrom(collectPaths(paths), paths, format);
  const failures: InputFailure[] = [];
  const rest: string[] = [];
  let count = 0;
  let hasJsonl = false;
  for (const e of walkEntries(paths)) {
    if ('failure' in e) failures.push(e.failure);
    const planned = plannedOf(e, paths, format);
    if (!planned) continue;
    if ('rest' in planned) rest.push(planned.rest);
    else {
      count++;
      hasJsonl ||= planned.kind === 'jsonl';
    }
  }
  function* inputs(): Generator<PlannedInput> {
    // Files that appear or go between the two walks are read or missed as they are then; what
    // cannot be read was named by the first walk.
    for (const e of walkEntries(paths)) {
      const planned = plannedOf(e, paths, format);
      if (planned && !('rest' in planned)) yield planned;
    }
  }
  return {
    inputs: { [Symbol.iterator]: inputs },
    count,
    hasJsonl,
    failures: failures.sort((a, b) => comparePaths(a.doc, b.doc)),
    skipped: rest.sort(comparePaths),
  };
}

/** The plan from paths collected and sorted up front (arguments inside one another's folders). */
function plannedFrom({ files, failures, skipped }: CollectedPaths, paths: string[], format: InputFormat): InputPlan {
  const inputs = new Map<string, PlannedInput>();
  const rest: string[] = [];
  for (const e of [...files.map((file) => ({ file })), ...skipped.map((s) => ({ skipped: s }))]) {
    const planned = plannedOf(e, paths, format);
    if (!planned) continue;
    if ('rest' in planned) rest.push(planned.rest);
    else inputs.set(planned.path, planned);
  }
  const sorted = [...inputs.values()].sort((a, b) => comparePaths(a.path, b.path));
  return {
    inputs: sorted,
    count: sorted.length,
    hasJsonl: sorted.some((i) => i.kind === 'jsonl'),
    failures,
    skipped: rest.sort(comparePaths),
  };
}

type Pipeline = typeof import('../pipeline.js');

/**
 * The extraction modules, imported when this thread first extracts. A pool's main thread never
 * does, so it never loads them (cheerio, OpenCC, the rule and region tables: ~30 MB and ~0.3 s
 * of CPU that only the workers need), and the workers start that much sooner.
 */
let pipeline: Pipeline | null = null;
export async function loadPipeline(): Promise<Pipeline> {
  return (pipeline ??= await import('../pipeline.js'));
}

/** The one call per document: source → normalized text and records. */
export function extractDocument(src: SourceDocument, opts: RunOptions, { prepareDocument, recordsOf }: Pipeline): DocumentResult {
  const clean = prepareDocument(src, opts);
  const records = recordsOf(clean, opts);
  return {
    doc: clean.doc, url: clean.url, title: clean.title, published: clean.published,
    text: opts.withText ? clean.text : null, records,
  };
}

export function reasonOf(e: unknown, doc: string): string {
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return msg.startsWith(`${doc}: `) ? msg.slice(doc.length + 2) : msg;
}

export function isFailure(x: SourceDocument | InputFailure): x is InputFailure {
  return (x as InputFailure).reason !== undefined;
}

/** Thrown by RunTally.fail with --fail-fast; the drivers catch it and mark the run stopped. */
export class FailFast extends Error {}

/**
 * The bookkeeping both drivers share (this one and src/parallel's): the summary, progress and
 * --fail-fast. `done` counts every input accounted for: read, failed or left to another shard.
 */
export class RunTally {
  readonly summary: RunSummary;
  readonly total: number | null;
  private done = 0;
  private readonly t0 = process.hrtime.bigint();

  constructor(plan: InputPlan, private readonly opts: RunOptions, private readonly hooks: RunHooks) {
    this.summary = { read: 0, failed: [], skipped: plan.skipped, otherShards: 0, figures: 0, seconds: 0, stopped: false };
    this.total = plan.hasJsonl ? null : plan.count + plan.failures.length;
  }

  seconds(): number {
    return Number(process.hrtime.bigint() - this.t0) / 1e9;
  }

  progress(): void {
    this.hooks.onProgress?.({ done: this.done, total: this.total, figures: this.summary.figures, seconds: this.seconds() });
  }

  fail(f: InputFailure): void {
    this.summary.failed.push(f);
    this.hooks.onFailure?.(f);
    this.done++;
    if (this.opts.failFast) throw new FailFast();
  }

  otherShard(): void {
    this.summary.otherShards++;
    this.done++;
  }

  read(figures: number): void {
    this.summary.read++;
    this.summary.figures += figures;
    this.done++;
  }

  /** The summary at the end; `stopped` when --fail-fast cut the run short. */
  finish(stopped: boolean): RunSummary {
    this.summary.stopped = stopped;
    this.summary.seconds = this.seconds();
    return this.summary;
  }
}

/** Documents (or failures) of one planned input, read lazily. */
async function* documentsOf(input: PlannedInput, maxBytes: number): AsyncGenerator<SourceDocument | InputFailure> {
  if (input.kind === 'jsonl') {
    if (input.path === '-') yield* stdinJsonl(maxBytes);
    else yield* readJsonl(input.path, { maxBytes });
    return;
  }
  try {
    yield input.path === '-' ? await stdinDocument(maxBytes) : readDocument(input.path, { maxBytes });
  } catch (e) {
    if (e instanceof ZhaoshangError && e.code !== 'input') throw e;
    yield { doc: input.path, reason: reasonOf(e, input.path) };
  }
}

/** `plan`: planInputs(paths, opts.inputFormat) when the caller has made it already (one walk of the folders fewer). */
export async function runExtraction(paths: string[], opts: RunOptions, hooks: RunHooks, plan = planInputs(paths, opts.inputFormat)): Promise<RunSummary> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const tally = new RunTally(plan, opts, hooks);
  const extractor = await loadPipeline();
  // SCHEMA: a JSONL `id` is unique within a run (readJsonl checks within one file).
  const ids = new Set<string>();
  try {
    // A path that does not exist is named in every shard: no shard may hide a typo.
    for (const f of plan.failures) tally.fail(f);
    for (const input of plan.inputs) {
      // An article is sharded by its path before it is read; a JSONL document by its id.
      if (input.kind === 'article' && !inShard(input.path, opts.shard)) {
        tally.otherShard();
        continue;
      }
      for await (const item of documentsOf(input, maxBytes)) {
        if (!inShard(item.doc, opts.shard)) {
          tally.otherShard();
          continue;
        }
        if (isFailure(item)) {
          tally.fail(item);
        } else if (input.kind === 'jsonl' && ids.has(item.doc)) {
          tally.fail({ doc: item.doc, reason: `duplicate id (ids must be unique within a run; also in an earlier input)` });
        } else {
          if (input.kind === 'jsonl') ids.add(item.doc);
          let result: DocumentResult;
          try {
            result = extractDocument(item, opts, extractor);
          } catch (e) {
            // A bad --rules table is the user's to fix before anything can run: exit 2, not a per-file failure.
            if (e instanceof ZhaoshangError && e.code === 'rules') throw e;
            tally.fail({ doc: item.doc, reason: `extraction failed: ${reasonOf(e, item.doc)}` });
            tally.progress();
            continue;
          }
          tally.read(result.records.length);
          await hooks.onDocument(result);
        }
        tally.progress();
      }
    }
  } catch (e) {
    if (!(e instanceof FailFast)) throw e;
    return tally.finish(true);
  }
  return tally.finish(false);
}
