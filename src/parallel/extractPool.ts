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
    heapFlagSet = true;
  }
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    // Our window keeps the queue short; tasks (batches of documents) are independent, one at a time
    // per thread. Not 2: a second task queued in a worker still answers after a fatal error has
    // destroyed the pool, and piscina then throws "Unexpected message from Worker" (seen on a bad
    // --rules table with --jobs 2), so the run ended with exit 1 and a stack instead of exit 2.
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    workerData: setup,
    // A worker's young generation sized by V8 for this machine grows to ~50 MB of garbage per
    // thread; 16 MB measured the same speed and ~60 MB less peak RSS with --jobs 2 (issue 6).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return {
    run: (task) => pool.run(task) as Promise<ExtractReply>,
    runBatch: async (tasks) => ((await pool.run({ batch: tasks } satisfies ExtractBatch)) as BatchReply).replies,
    close: () => pool.destroy(),
  };
}
