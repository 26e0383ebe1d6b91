// Messages on stderr: one line per failed input, progress while a run is long (on a terminal
// only), one summary line at the end. Data never goes here.
import type { InputFailure } from '../input/collectPaths.js';
import type { Progress, RunSummary } from './runExtraction.js';

export function failureLine(f: InputFailure): string {
  return `zhaoshang: ${f.doc}: ${f.reason.split('\n')[0]}`;
}

export function reportFailure(f: InputFailure): void {
  clearProgress();
  process.stderr.write(failureLine(f) + '\n');
}

export function warn(message: string): void {
  clearProgress();
  process.stderr.write(`zhaoshang: warning: ${message}\n`);
}

/** read + failed + other shards is every document; skipped are the files passed over. */
export function summaryLine(s: RunSummary): string {
  const parts = [`read ${s.read}`, `failed ${s.failed.length}`];
  parts.push(`skipped ${s.skipped.length}${s.skipped.length ? ' (not .html/.htm/.txt/.md/.jsonl)' : ''}`);
  if (s.otherShards) parts.push(`other shards ${s.otherShards}`);
  parts.push(`figures ${s.figures}`, `${s.seconds.toFixed(2)} s`);
  if (s.stopped) parts.push('stopped at the first failure (--fail-fast)');
  return `zhaoshang: ${parts.join(', ')}`;
}

export function reportSummary(s: RunSummary): void {
  clearProgress();
  process.stderr.write(summaryLine(s) + '\n');
}

export function progressLine(p: Progress): string {
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  const of = p.total == null ? `${p.done} documents` : `${p.done}/${p.total} files`;
  return `${of}, ${p.figures} figures, ${rate.toFixed(1)}/s`;
}

let progressShown = false;

function clearProgress(): void {
  if (progressShown) {
    process.stderr.write('\r\x1b[2K');
    progressShown = false;
  }
}

/** A progress callback that redraws one stderr line at most 10 times a second; none unless stderr is a terminal. */
export function progressReporter(quiet: boolean): ((p: Progress) => void) | undefined {
  if (quiet || !process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.done !== p.total) return;
    last = now;
    process.stderr.write(`\r\x1b[2K${progressLine(p)}`);
    progressShown = true;
  };
}
