// `zhaoshang report <paths...> -o report.html`: one self-contained HTML file to review a run.
import { Command } from 'commander';
import { createReportWriter } from '../output/reportHtml.js';
import { addOptions, type CliOptions } from './options.js';
import { runOptionsOf, runToSink } from './runToSink.js';

export function reportCommand(): Command {
  const cmd = new Command('report')
    .summary('write one self-contained HTML page to review a run')
    .description(
      "Extracts the articles and writes ONE HTML file (no network, no external assets): each article's " +
        'normalized text with every extracted figure highlighted and its metric, value, period and region ' +
        'beside it; totals per region and period; a bar chart of signed investment by period per region.',
    )
    .argument('<paths...>', 'files or folders to read; `-` reads standard input');
  addOptions(cmd, ['output', 'inputFormat', 'shard', 'all', 'published', 'rules', 'maxBytes', 'errors', 'failFast', 'quiet']);
  return cmd
    .addHelpText(
      'after',
      `
Examples:
  $ zhaoshang report fixtures/articles -o report.html && xdg-open report.html
  $ zhaoshang report --input-format jsonl corpus.jsonl --shard 0/20 -o sample.html

Exit status: 0 all inputs read; 1 some input could not be read; 2 usage error.`,
    )
    .action(async (paths: string[], o: CliOptions) => {
      const writer = createReportWriter();
      await runToSink(paths, o, runOptionsOf(o, { withText: true }), {
        header: () => writer.header(),
        document: (result) => writer.document(result),
        footer: () => writer.footer(),
      });
    });
}
