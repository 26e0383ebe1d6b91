// Child-process entry for the benchmark: one extraction run over a folder, output formatted as JSON
// lines and counted (not written), then one JSON line of measurements on stdout. A separate process
// per run so peak RSS (process.resourceUsage().maxRSS, which covers worker threads) is this run's.
//   node dist/scripts/bench/runOurs.js DIR --jobs N [--batch K] [--window W]
// (K: documents per worker task, W: documents in flight; defaults as extractInParallel's)
import fs from 'node:fs';
import { extractInParallel } from '../../src/parallel/extractInParallel.js';
import { createFormatter } from '../../src/output/recordWriter.js';

export interface OursResult {
  jobs: number;
  articles: number;
  failed: number;
  figures: number;
  outputBytes: number;
  /** From the call to extractInParallel to its end: pool start-up and lexicon loading included. */
  seconds: number;
  /** Process lifetime until the run ended (module loading included). */
  processSeconds: number;
  maxRssMB: number;
  /** User + system CPU seconds of the whole process (all threads) until the run ended. */
  cpuSeconds: number;
  /**
   * Linux: seconds the threads that did the extracting (≥ 1 s of CPU) were neither running nor
   * waiting for a core (/proc schedstat), i.e. waiting for work: what the pool's plumbing costs,
   * mostly apart from how busy the machine is. null elsewhere.
   */
  workerIdleSeconds: number | null;
  /**
   * Articles/s over the second half of the documents only (from the moment the middle one was
   * handed on to the last): the rate once start-up and JIT warm-up are behind, which a corpus of
   * 2,000 articles hides. Each pool thread warms up its own compiled code while every core is busy.
   */
  secondHalfRate: number;
}

interface ThreadTimes { first: number; last: number; cpu: number; queued: number }

/** Samples /proc/self/task/N/schedstat (ns on a core, ns waiting for one) until stopped. */
function watchThreads(): () => number | null {
  const threads = new Map<string, ThreadTimes>();
  const sample = (): boolean => {
    let tids: string[];
    try { tids = fs.readdirSync('/proc/self/task'); } catch { return false; }
    const now = performance.now() / 1000;
    for (const tid of tids) {
      let stat: string;
      try { stat = fs.readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8'); } catch { continue; }
      const [cpu, queued] = stat.split(' ').map((n) => Number(n) / 1e9);
      const t = threads.get(tid);
      if (t) Object.assign(t, { last: now, cpu, queued });
      else threads.set(tid, { first: now, last: now, cpu, queued });
    }
    return true;
  };
  if (!sample()) return () => null;
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    let idle = 0;
    for (const [tid, t] of threads) {
      if (tid === String(process.pid) || t.cpu < 1) continue;
      idle += Math.max(0, t.last - t.first - t.cpu - t.queued);
    }
    return idle;
  };
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const i = process.argv.indexOf('--jobs');
  const jobs = i >= 0 ? Number(process.argv[i + 1]) : 1;
  const b = process.argv.indexOf('--batch');
  const batch = b >= 0 ? Number(process.argv[b + 1]) : undefined;
  const w = process.argv.indexOf('--window');
  const window = w >= 0 ? Number(process.argv[w + 1]) : undefined;
  // As `zhaoshang extract --format jsonl` does: with a pool, workers format and encode, this thread places bytes.
  const formatter = createFormatter({ format: 'jsonl' });
  let outputBytes = Buffer.byteLength(formatter.header());
  // The pool's threads end with the run: their times are taken at its last document.
  const planned = fs.readdirSync(dir).length;
  let documents = 0;
  let middleAt = 0;
  let idleSeconds: number | null = null;
  const stopWatching = watchThreads();
  const t0 = performance.now();
  const summary = await extractInParallel([dir], { jobs, batch, window, format: formatter.options }, {
    onDocument: (r) => {
      if (++documents === Math.ceil(planned / 2)) middleAt = performance.now();
      if (documents === planned) idleSeconds = stopWatching();
      outputBytes += r.output ? formatter.placeBytes(r.output).length : Buffer.byteLength(formatter.batch(r.records));
    },
  });
  const end = performance.now();
  const seconds = (end - t0) / 1000;
  const result: OursResult = {
    jobs, articles: summary.read, failed: summary.failed.length, figures: summary.figures, outputBytes, seconds,
    processSeconds: performance.now() / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    workerIdleSeconds: documents === planned ? idleSeconds : stopWatching(),
    secondHalfRate: middleAt > 0 && end > middleAt ? (documents - Math.ceil(planned / 2)) / ((end - middleAt) / 1000) : NaN,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

void main();
