// `zhaoshang extract <paths...>`: articles in, SCHEMA records out.
import { Command } from 'commander';
import { createFormatter, type OutputFormat } from '../output/recordWriter.js';
import { warn } from './messages.js';
import { addOptions, type CliOptions } from './options.js';
import { defaultJobs } from '../parallel/defaultJobs.js';
import { runOptionsOf, runToSink } from './runToSink.js';

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .summary('extract investment-attraction figures from articles')
    .description(
      'Reads articles (.html .htm .txt .md; folders recursively, in sorted order; `-` for stdin; ' +
        '*.jsonl files or --input-format jsonl for JSON lines) and writes one record per figure, ' +
        'with the sentence and offsets it came from.',
    )
    .argument('<paths...>', 'files or folders to read; `-` reads standard input');
  addOptions(cmd, [
    'format', 'output', 'wide', 'fields', 'bom', 'inputFormat', 'shard', 'all', 'published', 'explain',
    'rules', 'maxBytes', 'errors', 'failFast', 'quiet', 'jobs',
  ], { jobs: { default: defaultJobs() } });
  return cmd
    .addHelpText(
      'after',
      `
Examples:
  $ zhaoshang extract fixtures/articles                      # CSV to stdout
  $ zhaoshang extract news/ --format jsonl -o figures.jsonl  # a folder, JSON lines to a file
  $ zhaoshang extract news/ --wide --bom -o figures.csv      # a spreadsheet: one row per doc/region/period/scope
  $ zhaoshang extract news/ --fields doc,metric,value,unit,period,region --format tsv
  $ cat article.txt | zhaoshang extract - --published 2021-11-18
  $ zhaoshang extract --input-format jsonl - < corpus.jsonl  # a filter: each line's records before the next line
  $ zhaoshang extract corpus.jsonl --shard 0/4               # a quarter of the documents, same split on every machine

Output columns (SCHEMA.md): doc url title published region adcode period period_text metric
aspect value value_high unit approx scope text sentence start end (+ rule explain with --explain)

--shard K/N keeps a document when FNV-1a 32-bit (over the UTF-8 bytes of its JSONL id, or of its
path as given/joined under a folder) mod N equals K; shards 0..N-1 together are exactly one run.

Exit status: 0 all inputs read; 1 some input could not be read (each named on stderr); 2 usage error.`,
    )
    .action(async (paths: string[], o: CliOptions) => {
      const formatter = createFormatter({
        format: (o.format ?? 'csv') as OutputFormat, explain: !!o.explain, wide: !!o.wide, all: !!o.all, fields: o.fields, bom: !!o.bom,
      });
      await runToSink(paths, o, runOptionsOf(o), {
        header: () => formatter.header(),
        document: (result) => formatter.batch(result.records),
        footer: () => formatter.footer(),
        formatter,
      });
      if (formatter.leftOut() > 0) {
        warn(`--wide left out ${formatter.leftOut()} figure(s) whose unit fits no column (a count metric in money, a growth not in percent); the long output has them`);
      }
    });
}
