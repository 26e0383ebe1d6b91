// Hostile-text benchmark (issue 5): builds about 1 MB of each kind of text a crawler may bring
// (long digit runs, 亿亿亿万万, deeply nested brackets, a megabyte without punctuation, HTML nested
// 10,000 deep, …), runs prepareDocument + recordsOf on each and prints the time per kind with
// PASS/FAIL against 1 s per MB. `node dist/scripts/hostile.js` after `tsc`.
//   --mb=N, --mb N size of each text in MB of UTF-8 (default 1)
//   --only=a,b    run only these kinds
//   --budget=S    seconds allowed per MB (default 1)
//   --all         also keep numbers that fit no metric (extract --all): every bare number becomes a
//                 record, the heaviest mode; by default the run is what `zhaoshang extract` does
// The builders are exported for test/adversarial, which runs them at smaller sizes.
import { pathToFileURL } from 'node:url';
import type { DocumentKind, SourceDocument } from '../src/model.js';
import { prepareDocument, recordsOf } from '../src/pipeline.js';
import { prng } from './bench/buildCorpus.js';
import { tokensOf } from '../src/normalize/segmenter.js';

export interface HostileKind {
  name: string;
  kind: DocumentKind;
  /** About `bytes` bytes of UTF-8 text of this kind. */
  build(bytes: number): string;
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** `unit` repeated until the text is about `bytes` bytes of UTF-8. */
export function repeatTo(unit: string, bytes: number): string {
  const n = Math.max(1, Math.ceil(bytes / Math.max(1, utf8Length(unit))));
  return unit.repeat(n);
}

// Deterministic text: the bench corpus's PRNG (mulberry32), so every run builds the same text.
export { prng };

/** Random characters of `alphabet` (an array of strings) up to about `bytes` bytes. */
export function randomOver(alphabet: readonly string[], bytes: number, seed = 1): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const c = alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(c);
    size += utf8Length(c);
  }
  return out.join('');
}

/** The Chinese-number-heavy alphabet of the issue, as single characters and a few words. */
export const NUMBER_ALPHABET: readonly string[] = [
  ...'0123456789',
  ...'〇一二三四五六七八九十百千万亿两零',
  ...'元美港欧',
  ...'个次家场',
  '%', '.',
  ...'年月日',
  ...'以上余多超逾近约',
  ...'，。；：、（）()-—～至到',
  ' ', '\n',
];
const NO_PUNCTUATION_ALPHABET: readonly string[] = [
  ...'0123456789',
  ...'〇一二三四五六七八九十百千万亿两零',
  ...'元美港欧个次家场年月日以上余多超逾近约至到',
  '签约', '项目', '投资', '亿元', '万元', '全市', '今年', '1-10月', '同比增长', '河南省', '平顶山市', '新华区',
];

/** A 10^5-digit run every so often, between ordinary clauses. */
function digitRuns(bytes: number): string {
  const run = '7'.repeat(100_000);
  const mixed = `签约项目${run}个，总投资${'3'.repeat(50_000)}.${'1'.repeat(50_000)}亿元。\n`;
  return repeatTo(mixed, bytes);
}

const KINDS: HostileKind[] = [
  { name: 'digit-run-1MB', kind: 'text', build: (b) => '9'.repeat(b) },
  { name: 'digit-runs-100k', kind: 'text', build: digitRuns },
  { name: 'digits-and-dots', kind: 'text', build: (b) => repeatTo('1.2.3.4,5,6-7-8~9/0 ', b) },
  { name: '亿亿亿万万', kind: 'text', build: (b) => repeatTo('亿亿亿万万', b) },
  { name: '5亿亿亿万万元', kind: 'text', build: (b) => repeatTo('签约5亿亿亿万万元', b) },
  { name: '一二三…numerals', kind: 'text', build: (b) => repeatTo('一千二百三十四万五千六百七十八亿九千零一十两百', b) },
  { name: 'nested-parens', kind: 'text', build: (b) => repeatTo(`${'('.repeat(5000)}签约项目3个${')'.repeat(5000)}`, b) },
  { name: 'nested-【】', kind: 'text', build: (b) => repeatTo(`${'【'.repeat(5000)}投资5亿元${'】'.repeat(5000)}`, b) },
  { name: 'nested-（）unclosed', kind: 'text', build: (b) => repeatTo('（（（（（总投资', b) },
  { name: 'no-punctuation-random', kind: 'text', build: (b) => randomOver(NO_PUNCTUATION_ALPHABET, b, 7) },
  { name: 'no-punctuation-han', kind: 'text', build: (b) => repeatTo('招商引资项目建设持续推进产业集聚发展', b) },
  { name: 'number-alphabet-random', kind: 'text', build: (b) => randomOver(NUMBER_ALPHABET, b, 11) },
  { name: '签约项目-no-numbers', kind: 'text', build: (b) => repeatTo('签约项目', b) },
  { name: '签约项目-lines', kind: 'text', build: (b) => repeatTo('签约项目，在谈项目；落地项目。\n', b) },
  { name: 'dense-figures', kind: 'text', build: (b) => repeatTo('今年1-10月，全市签约项目56个，总投资383.6亿元，同比增长12.5%；', b) },
  { name: 'dense-figures-lines', kind: 'text', build: (b) => repeatTo('2021年平顶山市新华区签约项目29个，总投资约40亿元。\n', b) },
  { name: 'periods', kind: 'text', build: (b) => repeatTo('2021年1月1日至2021年12月31日今年1-10月上半年第一季度', b) },
  { name: 'regions', kind: 'text', build: (b) => repeatTo('河南省平顶山市新华区全市该区我区贵安新区', b) },
  { name: 'short-lines', kind: 'text', build: (b) => repeatTo('1\n', b) },
  { name: 'spaces', kind: 'text', build: (b) => `签约${' '.repeat(b)}3个` },
  { name: 'pinyin-lookalike', kind: 'text', build: (b) => repeatTo('區(qū ā', b) },
  { name: 'html-nested-10000', kind: 'html', build: (b) => repeatTo(`${'<div>'.repeat(10_000)}签约项目3个，总投资5亿元。${'</div>'.repeat(10_000)}`, b) },
  { name: 'html-nested-unclosed', kind: 'html', build: (b) => `<html><body>${repeatTo('<div><p><span>签约', b)}` },
  { name: 'html-huge-attrs', kind: 'html', build: (b) => `<html><body><div class="${'a'.repeat(b / 2)}" id="${'nav '.repeat(b / 8)}"><p>签约项目3个，总投资5亿元。</p></div></body></html>` },
  { name: 'html-many-attrs', kind: 'html', build: (b) => `<html><body>${repeatTo('<p class="x y z" data-a="1" title="总投资5亿元">签约项目3个</p>', b)}</body></html>` },
  { name: 'html-huge-meta', kind: 'html', build: (b) => `<html><head><meta name="pubdate" content="${'2021-'.repeat(b / 5)}"><title>${'标题'.repeat(1000)}</title></head><body><p>签约项目3个</p></body></html>` },
  { name: 'html-lt-soup', kind: 'html', build: (b) => repeatTo('<<p <div a=<b>>签约', b) },
  { name: 'markdown-soup', kind: 'markdown', build: (b) => repeatTo('**[*`_~~签约项目3个', b) },
  { name: 'front-matter-open', kind: 'text', build: (b) => `---\n${repeatTo('title: 签约\n', b)}` },
];

export function hostileKinds(): HostileKind[] {
  return KINDS;
}

export function sourceOf(name: string, kind: DocumentKind, raw: string): SourceDocument {
  return { doc: name, kind, raw, encoding: 'utf-8', url: null, published: '2021-11-18', title: null };
}

export interface HostileTiming {
  name: string;
  mb: number;
  prepareMs: number;
  recordsMs: number;
  records: number;
  secondsPerMb: number;
}

export function timeKind(k: HostileKind, bytes: number, all = true): HostileTiming {
  const raw = k.build(bytes);
  const mb = utf8Length(raw) / (1024 * 1024);
  const t0 = performance.now();
  const doc = prepareDocument(sourceOf(k.name, k.kind, raw));
  const t1 = performance.now();
  const records = recordsOf(doc, { all });
  const t2 = performance.now();
  return { name: k.name, mb, prepareMs: t1 - t0, recordsMs: t2 - t1, records: records.length, secondsPerMb: (t2 - t0) / 1000 / mb };
}

function main(argv: string[]): void {
  // `--mb=2` or `--mb 2`: a flag given without its value is a usage error, not a silent default.
  const arg = (name: string): string | undefined => {
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    if (eq) return eq.slice(name.length + 3);
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
    return v;
  };
  const mb = Number(arg('mb') ?? 1);
  const budget = Number(arg('budget') ?? 1);
  const only = arg('only')?.split(',');
  const all = argv.includes('--all');
  const bytes = Math.round(mb * 1024 * 1024);
  // Warm up: rule tables, OpenCC and the region lexicon load once per process, not per document.
  recordsOf(prepareDocument(sourceOf('warm-up', 'text', '今年1-10月，平顶山市签约项目56个，总投资383.6亿元。')), { all: true });
  // …and the segmenter, which loads lazily the first time a clause needs it (~0.2 s, once), and
  // cheerio, which loads with the first HTML page (~0.15 s, once).
  tokensOf('签约项目');
  prepareDocument(sourceOf('warm-up.html', 'html', '<html><body><p>签约项目3个</p></body></html>'));
  let failed = 0;
  const w = (s: string | number, n: number): string => String(s).padStart(n);
  process.stdout.write(`mode: ${all ? 'extract --all (every bare number a record)' : 'extract (figures only)'}\n`);
  process.stdout.write(`${'kind'.padEnd(24)}${w('MB', 6)}${w('prepare ms', 12)}${w('records ms', 12)}${w('records', 9)}${w('s/MB', 8)}\n`);
  for (const k of KINDS) {
    if (only && !only.includes(k.name)) continue;
    const t = timeKind(k, bytes, all);
    const pass = t.secondsPerMb < budget;
    if (!pass) failed++;
    process.stdout.write(
      `${k.name.padEnd(24)}${w(t.mb.toFixed(2), 6)}${w(t.prepareMs.toFixed(0), 12)}${w(t.recordsMs.toFixed(0), 12)}${w(t.records, 9)}${w(t.secondsPerMb.toFixed(2), 8)}  ${pass ? 'PASS' : 'FAIL'}\n`,
    );
  }
  process.stdout.write(failed ? `${failed} kind(s) over ${budget} s per MB\n` : `all kinds under ${budget} s per MB\n`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
