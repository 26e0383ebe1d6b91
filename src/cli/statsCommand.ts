// `zhaoshang stats <paths...>`: totals of the `value` figures per region, period, metric and unit.
import { Command } from 'commander';
import { FigureTotals } from '../output/figureTotals.js';
import { formatTotals, TOTALS_FORMATS, type TotalsFormat } from '../output/totalsWriter.js';
import { plainNumber } from '../output/formatValue.js';
import { warn } from './messages.js';
import { addOptions, type CliOptions } from './options.js';
import { runOptionsOf, runToSink } from './runToSink.js';

export function statsCommand(): Command {
  const cmd = new Command('stats')
    .summary('totals per region, period, metric and unit')
    .description(
      'Extracts the articles and adds up the `value` figures per region, period, metric and unit. ' +
        'Different currencies are never added together; 其中 breakdowns (a figure with a scope after ' +
        '其中 in its sentence: "其中，工业项目18个") are left out, since their whole is already counted. ' +
        'A figure (metric, value, unit, period, region) that several articles state is named on stderr: ' +
        'reprints of one report would count it twice.',
    )
    .argument('<paths...>', 'files or folders to read; `-` reads standard input');
  addOptions(cmd, ['format', 'output', 'bom', 'inputFormat', 'shard', 'published', 'rules', 'maxBytes', 'errors', 'failFast', 'quiet'], {
    format: { choices: TOTALS_FORMATS },
  });
  return cmd
    .addHelpText(
      'after',
      `
Columns: region period metric unit total figures docs  (total in whole currency units / count)

Examples:
  $ zhaoshang stats fixtures/articles
  $ zhaoshang stats news/ --format json -o totals.json

Exit status: 0 all inputs read; 1 some input could not be read; 2 usage error.`,
    )
    .action(async (paths: string[], o: CliOptions) => {
      const format = (o.format ?? 'csv') as TotalsFormat;
      formatTotals([], format, !!o.bom); // a bad --bom/--format pair fails before any reading
      const totals = new FigureTotals();
      await runToSink(paths, o, runOptionsOf(o, { all: false, withText: true }), {
        header: () => '',
        document: (result) => {
          totals.add(result.records, result.text);
          return '';
        },
        footer: () => {
          for (const f of totals.repeated()) {
            warn(`${f.metric} ${plainNumber(f.value)} ${f.unit} (period ${f.period ?? 'null'}, region ${f.region ?? 'null'}) is in ${f.docs.length} articles: ${f.docs.join(', ')}; a reprint would count it twice`);
          }
          if (totals.breakdowns && !o.quiet) process.stderr.write(`zhaoshang: left out ${totals.breakdowns} 其中 breakdown figure(s)\n`);
          return formatTotals(totals.rows(), format, !!o.bom);
        },
      });
    });
}
