// `npm run bench`: how fast extraction is at corpus scale, in one run, against a floor and a peer.
//   node dist/scripts/bench.js [--articles 2000] [--jobs N] [--peer-seconds 20] [--memory 2000,20000]
//                              [--from fixtures/articles] [--dir DIR] [--keep]
// Builds a corpus of seed-sized articles (5–9 KB) from fixtures/articles into a temporary folder
// (never in the repo), then prints: our articles/s and MB/s on one job and on all cores (each run in
// its own process, pool start-up and lexicon loading included, peak RSS per run); the floor (read +
// decode + one trivial regex, in Node); the peer (Recognizers-Text zh-cn: number, currency and
// percentage, sentence by sentence); as a yardstick for the pool, as many separate one-job processes
// as jobs, each over its share of the corpus, at once; a one-file start-up time; and the ratios
// with the targets of issue 6. Numbers only: nothing here asserts a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench/buildCorpus.js';
import { floorScan, type ScanResult } from './bench/floorScan.js';
import { peerScan } from './bench/peerScan.js';
import type { OursResult } from './bench/runOurs.js';
import { defaultJobs } from '../src/parallel/extractInParallel.js';
import { MAIN_THREAD_NODE_FLAGS } from '../src/cli/nodeFlags.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const flag = (name: string): boolean => process.argv.includes(name);

/** The 1-minute load average as this run starts: what else the shared machine was doing. */
type Measured = OursResult & { load: number };

/** Node as bin/zhaoshang.js's first line starts it: what an installed `zhaoshang` runs with. */
const node = (args: string[]): string[] => [...MAIN_THREAD_NODE_FLAGS, ...args];

function runOurs(dir: string, jobs: number): Measured {
  const load = os.loadavg()[0];
  const out = execFileSync(process.execPath, node([path.join(here, 'bench', 'runOurs.js'), dir, '--jobs', String(jobs)]), {
    encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as OursResult), load };
}

/**
 * A yardstick for the pool: `n` separate one-job processes, each over its own share of the
 * corpus (hard links in share-k/), all at once. Nothing is shared and nothing is handed between
 * threads, so what they reach together is what the cores give when every one runs a whole
 * pipeline: a one-job run already keeps more than one core busy (V8 compiles and collects
 * garbage on helper threads), and that help has no free core left when every core extracts.
 */
async function independentRuns(dir: string, files: string[], n: number): Promise<{ articles: number; seconds: number; cpuSeconds: number }> {
  const shares = Array.from({ length: n }, (_, k) => {
    const share = path.join(dir, `share-${k}`);
    fs.rmSync(share, { recursive: true, force: true });
    fs.mkdirSync(share, { recursive: true });
    files.forEach((f, i) => { if (i % n === k) fs.linkSync(f, path.join(share, path.basename(f))); });
    return share;
  });
  const t0 = performance.now();
  const runs = await Promise.all(shares.map((share) => new Promise<OursResult>((resolve, reject) => {
    execFile(process.execPath, node([path.join(here, 'bench', 'runOurs.js'), share, '--jobs', '1']), { encoding: 'utf8', maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as OursResult);
    });
  })));
  const seconds = (performance.now() - t0) / 1000;
  for (const share of shares) fs.rmSync(share, { recursive: true, force: true });
  return { articles: runs.reduce((a, r) => a + r.articles, 0), seconds, cpuSeconds: runs.reduce((a, r) => a + r.cpuSeconds, 0) };
}

/** Wall seconds of `zhaoshang extract one.txt` (the built binary, a fresh process), best of `runs`. */
function startupSeconds(file: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, node([path.join(root, 'bin', 'zhaoshang.js'), 'extract', file, '-q']), { encoding: 'utf8' });
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`zhaoshang extract ${file} exited ${r.status}: ${r.stderr}`);
  }
  return times;
}

const MB = 1024 * 1024;
/** CPU seconds of a run (all threads) and the cores it kept busy on average. */
const cpu = (r: Measured): string => `${fmt(r.cpuSeconds, 1)} s CPU, ${fmt(r.cpuSeconds / r.processSeconds, 2)} cores busy; load ${fmt(r.load, 2)} at start`;
const fmt = (x: number, d = 1): string => x.toFixed(d);
const rate = (r: { articles: number; bytes?: number; seconds: number }, bytes: number): string =>
  `${fmt(r.articles / r.seconds).padStart(9)} art/s ${fmt(bytes / MB / r.seconds, 2).padStart(8)} MB/s`;

async function main(): Promise<void> {
  const articles = Number(arg('--articles', '2000'));
  const jobs = Number(arg('--jobs', String(defaultJobs())));
  const peerSeconds = Number(arg('--peer-seconds', '20'));
  const from = path.resolve(arg('--from', path.join(root, 'fixtures', 'articles')));
  const dir = arg('--dir', '') || fs.mkdtempSync(path.join(os.tmpdir(), 'zhaoshang-bench-'));
  const keep = flag('--keep') || arg('--dir', '') !== '';
  const out = (s = ''): void => { process.stdout.write(s + '\n'); };

  try {
    const corpus = buildCorpus(path.join(dir, `corpus-${articles}`), { articles, from });
    const avgKB = corpus.bytes / corpus.files.length / 1024;
    out(`corpus: ${articles} articles, ${fmt(corpus.bytes / MB, 1)} MB (avg ${fmt(avgKB, 1)} KB) from ${path.relative(root, from) || from} in ${corpus.dir}`);
    out(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}; all cores = --jobs ${jobs}`);
    out();

    const loadBefore = os.loadavg();
    const floor: ScanResult = floorScan(corpus.files);
    const one = runOurs(corpus.dir, 1);
    const all = runOurs(corpus.dir, jobs);
    const apart = await independentRuns(dir, corpus.files, jobs);
    const peer = peerScan(corpus.files, peerSeconds);
    const start = startupSeconds(corpus.files[0], 3);

    const loadAfter = os.loadavg();
    out('run                       articles    rate                           peak RSS');
    out(`floor (read+decode+regex)  ${String(floor.articles).padStart(7)}  ${rate(floor, floor.bytes)}`);
    out(`ours, 1 job                ${String(one.articles).padStart(7)}  ${rate(one, corpus.bytes)}  ${fmt(one.maxRssMB, 0).padStart(6)} MB   (${one.figures} figures, ${one.failed} failed; ${cpu(one)})`);
    out(`ours, ${jobs} jobs               ${String(all.articles).padStart(7)}  ${rate(all, corpus.bytes)}  ${fmt(all.maxRssMB, 0).padStart(6)} MB   (${all.figures} figures, ${all.failed} failed; ${cpu(all)})`);
    out(`${jobs} separate 1-job runs    ${String(apart.articles).padStart(7)}  ${rate(apart, corpus.bytes)}            (each over 1/${jobs} of the corpus, all at once, nothing shared or handed over; ${fmt(apart.cpuSeconds, 1)} s CPU)`);
    out(`peer (Recognizers zh-cn)   ${String(peer.articles).padStart(7)}  ${rate(peer, peer.bytes)}            (${peer.matches} entities; first ${peer.articles} articles, ${fmt(peerSeconds, 0)} s budget; load ${fmt(peer.loadSeconds, 2)} s)`);
    out(`start-up: zhaoshang extract one.txt  ${start.map((s) => fmt(s, 2)).join(' / ')} s wall`);
    // Other work on the machine takes cores from the runs: wall-clock ratios are only as good as
    // the cores they got. CPU seconds per wall second says how many they had on average.
    out(`load average (1/5/15 min): before ${loadBefore.map((x) => fmt(x, 2)).join(' ')}, after the runs ${loadAfter.map((x) => fmt(x, 2)).join(' ')} on ${os.cpus().length} cores`);
    out();

    const oneRate = one.articles / one.seconds;
    const allRate = all.articles / all.seconds;
    const peerRate = peer.articles / peer.seconds;
    const floorRate = floor.articles / floor.seconds;
    const check = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    out('ratio                          value    target');
    out(`ours 1 job / peer (per core)  ${fmt(oneRate / peerRate).padStart(7)}×   ≥ 50×    ${check(oneRate / peerRate >= 50)}`);
    out(`ours 1 job articles/s         ${fmt(oneRate).padStart(7)}    ≥ 400    ${check(oneRate >= 400)}`);
    out(`all cores / 1 job             ${fmt(allRate / oneRate, 2).padStart(7)}×   ≥ 1.6×   ${check(allRate / oneRate >= 1.6)}`);
    out(`  ${jobs} separate 1-job runs / 1 job: ${fmt(apart.articles / apart.seconds / oneRate, 2)}× (what the cores give whole pipelines here); the pool reaches ${fmt(allRate / (apart.articles / apart.seconds) * 100, 0)}% of that`);
    out(`  second half of the corpus only (start-up and warm-up behind): 1 job ${fmt(one.secondHalfRate)} art/s, ${jobs} jobs ${fmt(all.secondHalfRate)} art/s = ${fmt(all.secondHalfRate / one.secondHalfRate, 2)}×`);
    out(`  CPU seconds, ${jobs} jobs / 1 job: ${fmt(all.cpuSeconds / one.cpuSeconds, 2)}× (pool overhead); with ${jobs} free cores at most ${fmt((jobs * one.cpuSeconds) / all.cpuSeconds, 2)}× one job`);
    out(`floor / ours (all cores)      ${fmt(floorRate / allRate).padStart(7)}×   ≤ 20×    ${check(floorRate / allRate <= 20)}`);
    out(`peak RSS, ${jobs} jobs            ${fmt(all.maxRssMB, 0).padStart(7)} MB  ≤ 400    ${check(all.maxRssMB <= 400)}`);
    out(`one-file start-up             ${fmt(Math.min(...start), 2).padStart(7)} s   < 1 s    ${check(Math.min(...start) < 1)}`);

    const memory = arg('--memory', '');
    if (memory) {
      out();
      out(`memory: peak RSS with --jobs ${jobs} by corpus size`);
      const rows: Measured[] = [];
      for (const n of memory.split(',').map(Number)) {
        // Its own folder: with --dir, corpus-N is the main corpus (another seed) and must stay as it is.
        const c = buildCorpus(path.join(dir, `memory-${n}`), { articles: n, from, seed: 7 });
        const r = runOurs(c.dir, jobs);
        rows.push(r);
        out(`  ${String(n).padStart(6)} articles  ${fmt(r.maxRssMB, 0).padStart(5)} MB   ${fmt(r.articles / r.seconds).padStart(7)} art/s   (${cpu(r)})`);
        if (!keep) fs.rmSync(c.dir, { recursive: true, force: true });
      }
      if (rows.length >= 2) {
        const growth = rows[rows.length - 1].maxRssMB / rows[0].maxRssMB - 1;
        out(`  largest vs smallest: ${growth >= 0 ? '+' : ''}${fmt(growth * 100)}%   target within 10%   ${check(Math.abs(growth) <= 0.1)}`);
      }
    }
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
