// `zhaoshang extract <paths...>`: articles in, SCHEMA records out.
import { Command, Option } from 'commander';
import { ZhaoshangError } from '../model.js';
import { createFormatter, OUTPUT_FORMATS, type OutputFormat } from '../output/recordWriter.js';
import { fileSink, stdoutSink, type OutputSink } from '../output/outputSink.js';
import { DEFAULT_MAX_BYTES } from '../input/readDocument.js';
import { runExtraction } from './runExtraction.js';
import { reportFailure, reportSummary } from './messages.js';
import { parseDateOption, parseSizeOption } from './options.js';

export function extractCommand(): Command {
  return new Command('extract')
    .summary('extract investment-attraction figures from articles')
    .description(
      'Reads articles (.html .htm .txt .md; folders recursively, in sorted order; `-` for stdin)\n' +
        'and writes one record per figure, with the sentence and offsets it came from.',
    )
    .argument('<paths...>', 'files or folders to read; `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('csv'))
    .option('-o, --output <file>', 'write to FILE (atomically: a temporary file renamed at the end) instead of stdout')
    .option('--all', 'also write numbers that fit no metric, as metric `other`')
    .option('--published <YYYY-MM-DD>', 'publication date to resolve 今年/去年 against; overrides what the article says', parseDateOption)
    .option('--explain', 'add the rule id and the words that decided each record')
    .option('--max-bytes <n>', `refuse files larger than n bytes (default ${DEFAULT_MAX_BYTES}; k/m suffixes allowed)`, parseSizeOption)
    .option('--fail-fast', 'stop at the first input that cannot be read')
    .option('-q, --quiet', 'no summary line on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ zhaoshang extract fixtures/articles                      # CSV to stdout
  $ zhaoshang extract news/ --format jsonl -o figures.jsonl  # a folder, JSON lines to a file
  $ cat article.txt | zhaoshang extract - --published 2021-11-18

Output columns (SCHEMA.md): doc url title published region adcode period period_text metric
aspect value value_high unit approx scope text sentence start end

Exit status: 0 all inputs read; 1 some input could not be read (each named on stderr); 2 usage error.`,
    )
    .action(async (paths: string[], o) => {
      const format = o.format as OutputFormat;
      const formatter = createFormatter({ format, explain: !!o.explain });
      let sink: OutputSink;
      try {
        sink = o.output ? fileSink(o.output) : stdoutSink();
      } catch (e) {
        throw new ZhaoshangError(`cannot write ${o.output}: ${(e as Error).message}`, 'usage');
      }
      let summary;
      try {
        sink.write(formatter.header());
        summary = runExtraction(
          paths,
          { all: !!o.all, published: o.published ?? null, explain: !!o.explain, maxBytes: o.maxBytes, failFast: !!o.failFast },
          {
            onRecords: (records) => sink.write(formatter.batch(records)),
            onFailure: reportFailure,
          },
        );
        sink.write(formatter.footer());
        await sink.close();
      } catch (e) {
        sink.abort();
        throw e;
      }
      if (!o.quiet) reportSummary(summary);
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
