// What extract, report and stats share: rules first, then documents through runExtraction into
// one output (stdout or an atomic -o file), failures to stderr (and --errors FILE), progress on a
// terminal, the summary line at the end, and the exit status (1 when any input failed).
import { ZhaoshangError } from '../model.js';
import { openSink, type OutputSink } from '../output/outputSink.js';
import { applyRules } from './applyRules.js';
import { progressReporter, reportFailure, reportSummary } from './messages.js';
import type { CliOptions } from './options.js';
import { runExtraction, type DocumentResult, type RunOptions, type RunSummary } from './runExtraction.js';
import type { ParallelOptions } from '../parallel/extractInParallel.js';
import type { RecordFormatter } from '../output/recordWriter.js';

/** Text for the output, produced as documents arrive. */
export interface DocumentWriter {
  header(): string;
  document(result: DocumentResult): string;
  footer(summary: RunSummary): string;
  /**
   * Set when document(result) is exactly formatter.batch(result.records): with --jobs the workers
   * then format and encode the records themselves and this thread only places their bytes
   * (formatter.placeBytes).
   */
  formatter?: RecordFormatter;
}

export function runOptionsOf(o: CliOptions, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    all: !!o.all,
    published: o.published ?? null,
    explain: !!o.explain,
    maxBytes: o.maxBytes,
    failFast: !!o.failFast,
    inputFormat: o.inputFormat ?? 'auto',
    shard: o.shard ?? null,
    ...extra,
  };
}

function sinkOf(file: string | undefined, what: string): OutputSink {
  try {
    return openSink(file);
  } catch (e) {
    throw new ZhaoshangError(`cannot write ${what} ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`, 'usage');
  }
}

export async function runToSink(paths: string[], o: CliOptions, runOpts: RunOptions, writer: DocumentWriter): Promise<RunSummary> {
  applyRules(o.rules);
  const out = sinkOf(o.output, 'output');
  let errors: OutputSink | null = null;
  try {
    errors = o.errors ? sinkOf(o.errors, 'errors file') : null;
    out.write(writer.header());
    // --jobs (extract): a worker pool, loaded only when asked for; same hooks, same order.
    const parallel: ParallelOptions = { ...runOpts, jobs: o.jobs, format: writer.formatter?.options };
    const run = o.jobs !== undefined && o.jobs > 1 ? (await import('../parallel/extractInParallel.js')).extractInParallel : runExtraction;
    const summary = await run(paths, parallel, {
      onDocument: async (result) => {
        out.write(result.output && writer.formatter ? writer.formatter.placeBytes(result.output) : writer.document(result));
        await out.drained();
      },
      onFailure: (f) => {
        reportFailure(f);
        errors?.write(JSON.stringify({ doc: f.doc, reason: f.reason }) + '\n');
      },
      // Not when the data itself goes to the terminal: the progress line would land inside it.
      onProgress: progressReporter(!!o.quiet || (!o.output && !!process.stdout.isTTY)),
    });
    await errors?.close();
    // --fail-fast: what was written is not the whole answer, so an -o file is not left behind.
    if (summary.stopped) out.abort();
    else {
      out.write(writer.footer(summary));
      await out.close();
    }
    if (!o.quiet) reportSummary(summary);
    if (summary.failed.length > 0) process.exitCode = 1;
    return summary;
  } catch (e) {
    out.abort();
    errors?.abort();
    throw e;
  }
}
