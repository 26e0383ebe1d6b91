// Child-process entry for the benchmark: one extraction run over a folder, output formatted as JSON
// lines and counted (not written), then one JSON line of measurements on stdout. A separate process
// per run so peak RSS (process.resourceUsage().maxRSS, which covers worker threads) is this run's.
//   node dist/scripts/bench/runOurs.js DIR --jobs N
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
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const i = process.argv.indexOf('--jobs');
  const jobs = i >= 0 ? Number(process.argv[i + 1]) : 1;
  // As `zhaoshang extract --format jsonl` does: with a pool, workers format and encode, this thread places bytes.
  const formatter = createFormatter({ format: 'jsonl' });
  let outputBytes = Buffer.byteLength(formatter.header());
  const t0 = performance.now();
  const summary = await extractInParallel([dir], { jobs, format: formatter.options }, {
    onDocument: (r) => { outputBytes += r.output ? formatter.placeBytes(r.output).length : Buffer.byteLength(formatter.batch(r.records)); },
  });
  const seconds = (performance.now() - t0) / 1000;
  const result: OursResult = {
    jobs, articles: summary.read, failed: summary.failed.length, figures: summary.figures, outputBytes, seconds,
    processSeconds: performance.now() / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

void main();
