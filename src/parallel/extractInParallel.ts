// runExtraction with a worker pool: the same plan (inputs in sorted order), the same accounting and
// the same hooks, called in input order as documents finish. At most `window` documents are in
// flight, so memory stays flat however large the corpus. With one job, or a single article, there
// is no pool at all: runExtraction runs in this thread and start-up stays that of one process.
import { ZhaoshangError, type ErrorCode, type SourceDocument } from '../model.js';
import { DEFAULT_MAX_BYTES } from '../input/readDocument.js';
import { readJsonl } from '../input/readJsonl.js';
import { extraRulesDirs } from '../rules/ruleTables.js';
import { FailFast, isFailure, planInputs, reasonOf, runExtraction, RunTally, type RunHooks, type RunOptions, type RunSummary } from '../cli/runExtraction.js';
import { inShard } from '../cli/shardOf.js';
import { stdinDocument, stdinJsonl } from '../cli/stdinSource.js';
import type { ExtractPool } from './extractPool.js';
import { defaultJobs } from './defaultJobs.js';
import type { ExtractReply, ExtractTask } from './extractTask.js';
import { OrderedWindow } from './orderedWindow.js';
import type { RecordWriterOptions } from '../output/recordWriter.js';

export interface ParallelOptions extends RunOptions {
  /** Worker threads (`--jobs`); default: the number of cores. 1 = no pool. */
  jobs?: number;
  /** `--rules` folders for the workers; default: those already set in this thread (setExtraRulesDirs). */
  rulesDirs?: string[];
  /**
   * Documents sent to a worker in one task (default 1): a worker that finishes a document goes on
   * with the next of its batch instead of waiting for this thread to send it one.
   */
  batch?: number;
  /** Documents in flight at once; default 8 per job (and at least 2 batches a job). */
  window?: number;
  /**
   * Workers format each document's records in this output format: results then carry `output`
   * (text) instead of records, which the caller writes with its formatter's place().
   */
  format?: RecordWriterOptions;
}

export { defaultJobs };

/**
 * Documents per task. A worker profile showed 12–13% of its time waiting for this thread to hand it
 * the next document; with 2 a task, the waiting measured by runOurs (workerIdleSeconds, 2,000
 * articles, --jobs 2, quiet machine) fell from 0.45–0.70 s to about 0.4 s, for ~10 MB more peak
 * RSS; 4 a task waited ~0.2 s but raised RSS ~25 MB more, as if a worker's garbage were freed
 * later when several documents run in one task.
 */
const DEFAULT_BATCH = 2;

export async function extractInParallel(paths: string[], opts: ParallelOptions, hooks: RunHooks): Promise<RunSummary> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const plan = planInputs(paths, opts.inputFormat);
  const single = plan.count <= 1 && !plan.hasJsonl;
  if (jobs === 1 || single) return runExtraction(paths, opts, hooks, plan);

  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const tally = new RunTally(plan, opts, hooks);
  let stopped = false;

  const { jobs: _j, rulesDirs, window: _w, batch: _b, format, maxBytes: _m, failFast: _f, inputFormat: _i, shard: _s, ...pipeline } = opts;
  // Loaded only here: a one-file run never pays for piscina.
  const { createExtractPool } = await import('./extractPool.js');
  const pool: ExtractPool = createExtractPool(jobs, { rulesDirs: rulesDirs ?? extraRulesDirs(), options: pipeline, format });
  const batchSize = Math.max(1, Math.floor(opts.batch ?? DEFAULT_BATCH));
  const window = new OrderedWindow<ExtractReply>(opts.window ?? jobs * Math.max(8, 2 * batchSize));
  /** Tasks not yet sent, and how to settle each one's place in the window. */
  let pending: { task: ExtractTask; resolve: (r: ExtractReply) => void; reject: (e: unknown) => void }[] = [];
  /** Places in the window from the first of `pending` on (failures among them included). */
  let unsent = 0;

  /** Sends the tasks gathered so far as one batch; each settles its own place in the window. */
  const flush = (): void => {
    if (pending.length === 0) return;
    const sent = pending;
    pending = [];
    unsent = 0;
    if (sent.length === 1) {
      pool.run(sent[0].task).then(sent[0].resolve, sent[0].reject);
      return;
    }
    pool.runBatch(sent.map((p) => p.task)).then(
      (replies) => sent.forEach((p, i) => p.resolve(replies[i])),
      (e: unknown) => sent.forEach((p) => p.reject(e)),
    );
  };

  /** Hands on the oldest reply: in input order, exactly as runExtraction would have. */
  const settle = async (): Promise<void> => {
    // The oldest document may be in the batch still being gathered.
    if (window.inFlight <= unsent) flush();
    const reply = await window.next();
    if ('fatal' in reply) throw new ZhaoshangError(reply.fatal.message, reply.fatal.code as ErrorCode);
    if ('failure' in reply) {
      tally.fail(reply.failure);
    } else {
      tally.read(reply.result.output ? reply.result.output.figures : reply.result.records.length);
      await hooks.onDocument(reply.result);
    }
    tally.progress();
  };
  /** `now`: send it at once (a line from a pipe, whose records are due before the next line comes). */
  const submit = async (task: ExtractTask | ExtractReply, now = false): Promise<void> => {
    if ('path' in task || 'source' in task) {
      window.add(new Promise<ExtractReply>((resolve, reject) => pending.push({ task, resolve, reject })));
      unsent++;
      if (now || pending.length >= batchSize) flush();
    } else {
      window.add(Promise.resolve(task));
      if (pending.length > 0) unsent++;
    }
    while (window.full) await settle();
  };

  /**
   * A line from a pipe may not exist yet: while waiting for it, hand on the results already done,
   * so a streaming filter writes each line's records before the next line arrives.
   */
  async function* readingAhead<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
    const it = items[Symbol.asyncIterator]();
    for (;;) {
      // What is gathered goes out before waiting on the pipe (earlier inputs' documents too).
      flush();
      const next = it.next();
      for (;;) {
        const head = window.headDone();
        if (!head) break;
        const first = await Promise.race([next.then(() => 'line' as const), head.then(() => 'result' as const)]);
        if (first === 'line') break;
        await settle();
      }
      const r = await next;
      if (r.done) return;
      yield r.value;
    }
  }

  const ids = new Set<string>();
  try {
    for (const f of plan.failures) tally.fail(f);
    for (const input of plan.inputs) {
      if (input.kind === 'article') {
        if (!inShard(input.path, opts.shard)) {
          tally.otherShard();
          continue;
        }
        if (input.path !== '-') {
          await submit({ path: input.path, maxBytes });
          continue;
        }
        let src: SourceDocument;
        flush();
        try {
          src = await stdinDocument(maxBytes);
        } catch (e) {
          if (e instanceof ZhaoshangError && e.code !== 'input') throw e;
          await submit({ failure: { doc: '-', reason: reasonOf(e, '-') } });
          continue;
        }
        await submit({ source: src }, true);
        continue;
      }
      const piped = input.path === '-';
      const lines = piped ? readingAhead(stdinJsonl(maxBytes)) : readJsonl(input.path, { maxBytes });
      for await (const item of lines) {
        if (!inShard(item.doc, opts.shard)) {
          tally.otherShard();
          continue;
        }
        if (isFailure(item)) await submit({ failure: item });
        else if (ids.has(item.doc)) {
          await submit({ failure: { doc: item.doc, reason: 'duplicate id (ids must be unique within a run; also in an earlier input)' } });
        } else {
          ids.add(item.doc);
          await submit({ source: item }, piped);
        }
      }
    }
    while (window.inFlight > 0) await settle();
  } catch (e) {
    window.abandon();
    if (!(e instanceof FailFast)) throw e;
    stopped = true;
  } finally {
    await pool.close();
  }
  return tally.finish(stopped);
}
