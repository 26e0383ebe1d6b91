// The worker pool (piscina): `jobs` threads, each loading the pipeline's lexicons once. Threads are
// started up front (minThreads = maxThreads) so their start-up overlaps the main thread's planning.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Piscina } from 'piscina';
import { ZhaoshangError } from '../model.js';
import type { BatchReply, ExtractBatch, ExtractReply, ExtractTask, WorkerSetup } from './extractTask.js';

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractReply>;
  /** Several documents on one thread, in one message each way; replies in task order. */
  runBatch(tasks: ExtractTask[]): Promise<ExtractReply[]>;
  /** Waits for the tasks still running (their results are dropped), then ends the threads. */
  close(): Promise<void>;
}

/**
 * The compiled worker entry. Next to this file when running from dist/; when this module runs from
 * TypeScript sources (vitest), worker threads cannot load .ts, so the built dist/ copy is used.
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'extractWorker.js');
  let dir = path.dirname(here);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const built = path.join(dir, 'dist', 'src', 'parallel', 'extractWorker.js');
  if (!fs.existsSync(built)) throw new ZhaoshangError(`worker not built: ${built} (run \`npx tsc -p .\`)`, 'internal');
  return built;
}

const WORKER_YOUNG_MB = 16;

/**
 * V8 lets a heap grow to up to 4× what survived the last full collection before collecting again
 * (on this machine's heap limit). A worker keeps ~25 MB alive between documents but its heap grew
 * to ~100 MB of garbage, in each thread and in this one. Growing by at most 1.5× measured ~80 MB less
 * peak RSS with --jobs 2 at the same CPU seconds (issue 6). Not a limit: a document that needs more
 * memory still gets it. A V8 flag is process-wide; it is set once, when the first pool starts.
 */
const HEAP_GROWING_PERCENT = 50;
let heapFlagSet = false;

export function createExtractPool(jobs: number, setup: WorkerSetup): ExtractPool {
  if (!heapFlagSet) {
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    // The main thread's --max-semi-space-size (src/cli/nodeFlags.ts) would also cap every worker
    // started after it: V8 prefers the flag to a worker's resourceLimits, so 4 MB semi-spaces would
    // halve the young generation below. 0 = unset: each worker's resourceLimits decide. The main
    // thread's heap keeps the size it started with.
    v8.setFlagsFromString('--max-semi-space-size=0');
    heapFlagSet = true;
  }
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    // Two tasks (batches of documents) a thread: a thread that finishes one starts the next at once
    // instead of waiting for this thread, busy on the same cores, to be scheduled and hand it one.
    // Its worker profile showed 5–7% of the time waiting (atomicsWaitLoop) with one. With two,
    // --jobs 2 ran 801–889 instead of 681–816 articles/s over 20,000 articles (four runs each, on
    // a machine that drifts), and 485–534 instead of 469–485 over 2,000 (three runs each), for
    // 0–9 MB more peak RSS. Our window still bounds what is queued. The pool must not be destroyed
    // while a thread still runs a task (its answer then makes piscina throw "Unexpected message from
    // Worker"): close() waits.
    concurrentTasksPerWorker: 2,
    idleTimeout: 60_000,
    workerData: setup,
    // A worker's young generation sized by V8 for this machine grows to ~50 MB of garbage per
    // thread; 16 MB gives ~60 MB less peak RSS with --jobs 2 (issue 6). It is not free: over 20,000
    // articles 32 or 48 MB ran ~10% faster, but peaked at 391–403 MB, at or over the 400 MB budget.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  /** Tasks handed to the pool and not yet settled. */
  const running = new Set<Promise<unknown>>();
  const track = <T>(task: Promise<T>): Promise<T> => {
    running.add(task);
    const done = (): void => { running.delete(task); };
    task.then(done, done);
    return task;
  };
  return {
    run: (task) => track(pool.run(task) as Promise<ExtractReply>),
    runBatch: async (tasks) => ((await track(pool.run({ batch: tasks } satisfies ExtractBatch))) as BatchReply).replies,
    close: async () => {
      // After a fatal reply or --fail-fast, other tasks may still be running: they are at most a
      // window of documents, so waiting for them is short, and their results are dropped.
      await Promise.allSettled([...running]);
      await pool.destroy();
    },
  };
}
