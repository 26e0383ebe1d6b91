// Messages on stderr: one line per failed input, one summary line at the end. Data never goes here.
import type { InputFailure } from '../input/collectPaths.js';
import type { RunSummary } from './runExtraction.js';

export function reportFailure(f: InputFailure): void {
  process.stderr.write(`zhaoshang: ${f.doc}: ${f.reason}\n`);
}

export function summaryLine(s: RunSummary): string {
  const parts = [`read ${s.read}`, `failed ${s.failed.length}`];
  if (s.skipped.length) parts.push(`skipped ${s.skipped.length} (not .html/.htm/.txt/.md)`);
  parts.push(`figures ${s.figures}`, `${s.seconds.toFixed(2)} s`);
  return `zhaoshang: ${parts.join(', ')}`;
}

export function reportSummary(s: RunSummary): void {
  process.stderr.write(summaryLine(s) + '\n');
}
