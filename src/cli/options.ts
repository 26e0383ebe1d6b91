// Every CLI option, declared once as a typed table: commands pick the rows they take
// (`addOptions(cmd, ['format', 'output'])`), the README lists them from the same words.
// A bad value is a usage error (exit 2) with a message that says why.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../input/readDocument.js';
import { parseShard, type Shard } from './shardOf.js';

export function parseDateOption(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2021-11-18');
  const d = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new InvalidArgumentError(`${v} is not a calendar date`);
  return v;
}

export function parseSizeOption(v: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size in bytes, e.g. 50000000 or 50m');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * scale);
}

export function parsePositiveInt(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return Number(v);
}

/** `0.9`, `1`, `90%` → a fraction in [0, 1]. */
export function parseFraction(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1 (or a percentage), e.g. 0.9');
  return x;
}

/** `a,b,c` → ['a','b','c']; names are checked against the output's columns later, where they are known. */
export function parseFieldList(v: string): string[] {
  const names = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('expected column names separated by commas, e.g. doc,metric,value,unit');
  return names;
}

export const INPUT_FORMATS = ['auto', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The parsed options, whichever command took them (commander camel-cases the long names). */
export interface CliOptions {
  format?: string;
  output?: string;
  all?: boolean;
  published?: string;
  explain?: boolean;
  maxBytes?: number;
  failFast?: boolean;
  quiet?: boolean;
  rules?: string;
  inputFormat?: InputFormat;
  shard?: Shard;
  errors?: string;
  bom?: boolean;
  wide?: boolean;
  fields?: string[];
  json?: boolean;
  minF1?: number;
  articles?: string;
  expected?: string;
  jobs?: number;
}

interface OptionSpec {
  flags: string;
  description: string;
  parse?: (value: string, previous: unknown) => unknown;
  choices?: readonly string[];
  default?: unknown;
}

/** The option table. Order here is the order in --help. */
export const OPTION_TABLE = {
  format: { flags: '-f, --format <format>', description: 'output format', choices: ['csv', 'tsv', 'json', 'jsonl'], default: 'csv' },
  output: { flags: '-o, --output <file>', description: 'write to FILE (atomically: a temporary file renamed at the end; Ctrl-C leaves nothing) instead of stdout' },
  inputFormat: {
    flags: '--input-format <kind>',
    description: 'auto: articles (.html .htm .txt .md) and *.jsonl/*.ndjson files by name, `-` is one article; jsonl: every path (and `-`) is JSON lines {"id","url"?,"published"?,"title"?,"html"?,"text"?}, records written line by line',
    choices: INPUT_FORMATS,
    default: 'auto',
  },
  shard: {
    flags: '--shard <K/N>',
    description: 'keep only the documents whose id (JSONL) or path hashes to K: FNV-1a 32-bit over its UTF-8 bytes, mod N (0 ≤ K < N)',
    parse: (v: string) => parseShard(v),
  },
  wide: { flags: '--wide', description: 'one row per document, region, period and scope; a column per metric (`signed.investment`) and aspect (`funds.foreign.completion`), money units in `<metric>.unit`' },
  fields: { flags: '--fields <a,b,c>', description: 'write only these columns, in this order (SCHEMA names; with --wide also the metric columns)', parse: (v: string) => parseFieldList(v) },
  bom: { flags: '--bom', description: 'start csv/tsv output with a UTF-8 byte order mark, so Excel reads the Chinese right' },
  all: { flags: '--all', description: 'also write numbers that fit no metric, as metric `other`' },
  published: { flags: '--published <YYYY-MM-DD>', description: 'publication date to resolve 今年/去年 against; overrides what the article says', parse: (v: string) => parseDateOption(v) },
  explain: { flags: '--explain', description: 'add the rule id and the words that decided each record (`rule` and `explain` columns)' },
  rules: { flags: '--rules <dir>', description: 'extra rule tables: `DIR/<table>.tsv` rows are appended to the built-in table of that name' },
  maxBytes: { flags: '--max-bytes <n>', description: `refuse files larger than n bytes (default ${DEFAULT_MAX_BYTES}; k/m suffixes allowed)`, parse: (v: string) => parseSizeOption(v) },
  errors: { flags: '--errors <file>', description: 'also write every input that failed to FILE, one JSON line {"doc","reason"} each' },
  failFast: { flags: '--fail-fast', description: 'stop at the first input that cannot be read (exit 1; an -o file is not written)' },
  quiet: { flags: '-q, --quiet', description: 'no progress and no summary line on stderr' },
  json: { flags: '--json', description: 'print the scores as JSON (for machines)' },
  minF1: { flags: '--min-f1 <x>', description: 'exit 1 when any file scores an F1 below x', parse: (v: string) => parseFraction(v), default: 1 },
  articles: { flags: '--articles <dir>', description: 'folder of articles (default DIR/articles)' },
  expected: { flags: '--expected <dir>', description: 'folder of expected X.json files, SCHEMA gold form (default DIR/expected)' },
  jobs: { flags: '-j, --jobs <n>', description: 'worker threads that read and extract documents at once (default: the number of cores); the output is the same, in the same order; 1, or a single article, runs with no pool', parse: (v: string) => parsePositiveInt(v) },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTION_TABLE;

/** Adds the named rows of the table to a command; `overrides` narrows choices or defaults per command. */
export function addOptions(cmd: Command, names: readonly OptionName[], overrides: Partial<Record<OptionName, Partial<OptionSpec>>> = {}): Command {
  for (const name of names) {
    const spec: OptionSpec = { ...OPTION_TABLE[name], ...overrides[name] };
    const opt = new Option(spec.flags, spec.description);
    if (spec.choices) opt.choices([...spec.choices]);
    if (spec.parse) opt.argParser(spec.parse);
    if (spec.default !== undefined) opt.default(spec.default);
    cmd.addOption(opt);
  }
  return cmd;
}

/** The table as Markdown rows, for the README. */
export function optionsMarkdown(names: readonly OptionName[] = Object.keys(OPTION_TABLE) as OptionName[]): string {
  return names.map((n) => `| \`${OPTION_TABLE[n].flags}\` | ${OPTION_TABLE[n].description.replace(/\|/g, '\\|')} |`).join('\n');
}
