// `zhaoshang check [dir]`: extract every article that has an expected file (X.* ↔ X.json, SCHEMA's
// gold form) and score it with SCHEMA's rules (src/score/scoreRecords.ts, the same as
// ../shared/score.mjs): per-file and total precision, recall, F1, period and region accuracy,
// with the figures missed and the extra ones. Exit 1 when a file scores below --min-f1.
import fs from 'node:fs';
import path from 'node:path';
import chalk from 'chalk';
import { Command } from 'commander';
import { ZhaoshangError } from '../model.js';
import { comparePaths, isArticlePath, type InputFailure } from '../input/collectPaths.js';
import { docF1, docKey, scoreDocument, totalsOf, type DocScore, type GoldFigure, type GoldFile, type ScoredRecord } from '../score/scoreRecords.js';
import { plainNumber } from '../output/formatValue.js';
import { applyRules } from './applyRules.js';
import { progressReporter, reportFailure, reportSummary } from './messages.js';
import { addOptions, type CliOptions } from './options.js';
import { runExtraction } from './runExtraction.js';
import { runOptionsOf } from './runToSink.js';

interface Pairing {
  articles: Map<string, string>;
  gold: Map<string, { file: string; gold: GoldFile | null }>;
  failures: InputFailure[];
}

function listDir(dir: string, what: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort(comparePaths);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ZhaoshangError(`${what} ${dir}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (e as Error).message}`, 'usage');
  }
}

/** Expected X.json ↔ article X.(txt|html|htm|md). */
export function pairFiles(articlesDir: string, expectedDir: string): Pairing {
  const failures: InputFailure[] = [];
  const byKey = new Map<string, string>();
  for (const name of listDir(articlesDir, '--articles').filter(isArticlePath)) {
    const key = docKey(name);
    if (!byKey.has(key)) byKey.set(key, path.join(articlesDir, name));
  }
  const gold = new Map<string, { file: string; gold: GoldFile | null }>();
  const articles = new Map<string, string>();
  for (const name of listDir(expectedDir, '--expected').filter((n) => n.endsWith('.json'))) {
    const file = path.join(expectedDir, name);
    const key = docKey(name);
    let g: GoldFile | null = null;
    try {
      g = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
      if (!g || !Array.isArray(g.figures)) throw new Error('no "figures" array');
    } catch (e) {
      failures.push({ doc: file, reason: `not an expected-figures file (${(e as Error).message.split('\n')[0]})` });
      continue;
    }
    gold.set(key, { file, gold: g });
    const article = byKey.get(key);
    if (article) articles.set(article, key);
    else failures.push({ doc: file, reason: `no article ${key}.* in ${articlesDir}; its figures count as missed` });
  }
  return { articles, gold, failures };
}

const fmt = (x: number): string => x.toFixed(3);
/** a/b to 3 places, or — when there is nothing to divide by (no figures found, none matched). */
const share = (a: number, b: number): string => (b ? fmt(a / b) : '—');
const ratio = (a: number, b: number): number => (b ? a / b : 0);

function figureLine(f: GoldFigure | ScoredRecord): string {
  return `${f.metric}/${f.aspect} ${plainNumber(f.value)} ${f.unit}  «${f.text ?? ''}»  period ${f.period ?? 'null'}`;
}

export function fileJson(d: DocScore): Record<string, unknown> {
  return {
    doc: d.doc, gold: d.gold, predicted: d.predicted, matched: d.matched,
    precision: +ratio(d.matched, d.predicted).toFixed(4),
    recall: +ratio(d.matched, d.gold).toFixed(4),
    f1: +docF1(d).toFixed(4),
    period_accuracy: +ratio(d.periodOk, d.matched).toFixed(4),
    region_accuracy: +ratio(d.regionOk, d.matched).toFixed(4),
    missed: d.misses,
    extra: d.extras.map(({ doc: _d, ...r }) => r),
    period_errors: d.periodErrors.map((e) => ({ text: e.figure.text, metric: e.figure.metric, expected: e.figure.period ?? null, got: e.got })),
    region_errors: d.regionErrors.map((e) => ({ text: e.figure.text, metric: e.figure.metric, expected: e.figure.region ?? null, got: e.got })),
  };
}

function fileText(d: DocScore, minF1: number): string {
  const f1 = docF1(d);
  const ok = f1 >= minF1;
  const head = `${(ok ? chalk.green : chalk.red)(d.doc)}  P ${share(d.matched, d.predicted)}  R ${share(d.matched, d.gold)}  F1 ${(ok ? chalk.green : chalk.red)(fmt(f1))}` +
    `  period ${share(d.periodOk, d.matched)}  region ${share(d.regionOk, d.matched)}  (expected ${d.gold}, found ${d.predicted}, matched ${d.matched})`;
  const lines = [head];
  for (const m of d.misses) lines.push(`  ${chalk.red('missed')}  ${figureLine(m)}`);
  for (const x of d.extras) lines.push(`  ${chalk.yellow('extra ')}  ${figureLine(x)}`);
  for (const e of d.periodErrors) lines.push(`  ${chalk.cyan('period')}  ${e.figure.metric} «${e.figure.text ?? ''}» expected ${e.figure.period ?? 'null'}, got ${e.got ?? 'null'}`);
  for (const e of d.regionErrors) lines.push(`  ${chalk.cyan('region')}  ${e.figure.metric} «${e.figure.text ?? ''}» expected ${e.figure.region ?? 'null'}, got ${e.got ?? 'null'}`);
  return lines.join('\n') + '\n';
}

export function checkCommand(): Command {
  const cmd = new Command('check')
    .summary('score extraction against expected figures')
    .description(
      'Extracts every article that has an expected file (DIR/articles/X.* ↔ DIR/expected/X.json, in ' +
        "SCHEMA's gold form; alt_metrics and alt_periods honoured) and prints per-file and total precision, " +
        'recall and F1, period and region accuracy, and the figures missed and extra. The numbers are ' +
        "those of ../shared/score.mjs. Colour on a terminal only.",
    )
    .argument('[dir]', 'folder holding articles/ and expected/', 'fixtures');
  addOptions(cmd, ['articles', 'expected', 'minF1', 'json', 'published', 'rules', 'maxBytes', 'quiet']);
  return cmd
    .addHelpText(
      'after',
      `
Examples:
  $ zhaoshang check                                   # fixtures/articles against fixtures/expected
  $ zhaoshang check --articles ../shared/seeds --expected ../shared/gold --min-f1 0.9
  $ zhaoshang check --json | jq .totals

Exit status: 0 every file at or above --min-f1 (default 1); 1 a file below it, or an input
that could not be read; 2 usage error.`,
    )
    .action(async (dir: string, o: CliOptions) => {
      applyRules(o.rules);
      const articlesDir = o.articles ?? path.join(dir, 'articles');
      const expectedDir = o.expected ?? path.join(dir, 'expected');
      const minF1 = o.minF1 ?? 1;
      const pairing = pairFiles(articlesDir, expectedDir);
      const scores = new Map<string, DocScore>();
      const failed: InputFailure[] = [...pairing.failures];
      for (const f of pairing.failures) reportFailure(f);
      const summary = await runExtraction([...pairing.articles.keys()], runOptionsOf({ ...o, all: false }), {
        onDocument: (result) => {
          const key = pairing.articles.get(result.doc)!;
          scores.set(key, scoreDocument(pairing.gold.get(key)!.gold!, result.records));
        },
        onFailure: (f) => {
          failed.push(f);
          reportFailure(f);
        },
        onProgress: o.json ? undefined : progressReporter(!!o.quiet),
      });
      // An article that could not be read, or an expected file without article, scores as all missed.
      for (const [key, { gold }] of pairing.gold) if (!scores.has(key) && gold) scores.set(key, scoreDocument(gold, []));
      const docs = [...scores.keys()].sort(comparePaths).map((k) => scores.get(k)!);
      const totals = totalsOf(docs);
      const below = docs.filter((d) => docF1(d) < minF1).map((d) => d.doc);
      if (o.json) {
        process.stdout.write(JSON.stringify({ totals, min_f1: minF1, below_min_f1: below, files: docs.map(fileJson) }, null, 2) + '\n');
      } else {
        for (const d of docs) process.stdout.write(fileText(d, minF1));
        process.stdout.write(
          `\nTOTAL  files ${totals.docs}  expected ${totals.gold}  found ${totals.predicted}  matched ${totals.tp}\n` +
            `precision ${totals.precision}  recall ${totals.recall}  F1 ${totals.f1}  macro-F1 ${totals.macro_f1}  ` +
            `period accuracy ${totals.period_accuracy}  region accuracy ${totals.region_accuracy}\n`,
        );
        const verdict = below.length
          ? chalk.red(`${below.length} of ${docs.length} file(s) below --min-f1 ${minF1}: ${below.join(', ')}`)
          : chalk.green(`all ${docs.length} file(s) at or above --min-f1 ${minF1}`);
        process.stdout.write(verdict + '\n');
      }
      if (!o.quiet) reportSummary({ ...summary, failed });
      if (below.length > 0 || failed.length > 0) process.exitCode = 1;
    });
}
