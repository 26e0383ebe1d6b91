// Where nodejieba's dictionaries are: our trimmed copy (src/rules/jieba/, built by
// scripts/buildJiebaDict.ts) unless asked for the shipped one. load() builds two tries of what it
// reads (Jieba's and TextRankExtractor's): the shipped dictionary and HMM model cost ~0.95 s and
// ~250 MB per process; the trimmed dictionary with our placeholder HMM model ~0.17 s and ~60 MB, and
// without its median lines (keywordDicts(), what the labeller loads) ~0.1 s and ~43 MB. That is
// what makes one-file runs fast and lets every worker thread hold its own segmenter.
//   nodejieba.load(jiebaDictPaths({ userDict: path.join(builtinRulesDir(), 'userdict.utf8') }))
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { builtinRulesDir } from '../rules/ruleTables.js';

/** The argument nodejieba.load() takes. */
export interface JiebaDictPaths {
  dict: string;
  hmmDict: string;
  userDict: string;
  idfDict: string;
  stopWordDict: string;
}

export interface JiebaDictOptions {
  /** A user dictionary (`word freq tag` lines); default: none (an empty file is not needed). */
  userDict?: string;
  /** The shipped 349k-word dictionary instead of ours (for comparisons); also ZHAOSHANG_JIEBA_DICT=full. */
  full?: boolean;
}

const require = createRequire(import.meta.url);

/** nodejieba's own dictionary folder. */
export function shippedJiebaDictDir(): string {
  return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
}

export function trimmedJiebaDictDir(): string {
  return path.join(builtinRulesDir(), 'jieba');
}

export function jiebaDictPaths(opts: JiebaDictOptions = {}): JiebaDictPaths {
  const shipped = shippedJiebaDictDir();
  const ours = trimmedJiebaDictDir();
  const full = opts.full || process.env.ZHAOSHANG_JIEBA_DICT === 'full' || !fs.existsSync(path.join(ours, 'jieba.dict.utf8'));
  const dir = full ? shipped : ours;
  return {
    dict: path.join(dir, 'jieba.dict.utf8'),
    // Ours is a placeholder: cut() runs without HMM, so the model is parsed (twice) but never used.
    hmmDict: path.join(full || !fs.existsSync(path.join(ours, 'hmm_model.utf8')) ? shipped : ours, 'hmm_model.utf8'),
    // nodejieba falls back to its own user.dict.utf8 on '' — name ours or the shipped one explicitly.
    userDict: opts.userDict ?? path.join(shipped, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  };
}

/**
 * The trimmed dictionary without its median lines (jieba.unpadded.dict.utf8: same words, same
 * frequency sum, same minimum) and keywords.utf8, the labeller's built-in keywords at the median
 * frequency, as a user dictionary (so at the shipped median weight, which insertWord() would give them).
 * About half the trimmed dictionary's lines only hold the median in place for insertWord(): when the
 * words to insert are exactly these keywords, loading these two instead saves ~65 ms and ~17 MB per
 * loaded copy (see the segmenter). Null when not generated or when the full dictionary is asked for.
 */
export interface KeywordDicts {
  dict: string;
  keywordsDict: string;
  /** The words of keywordsDict, in order. */
  keywords: string[];
}

export function keywordDicts(opts: Pick<JiebaDictOptions, 'full'> = {}): KeywordDicts | null {
  const ours = trimmedJiebaDictDir();
  const dict = path.join(ours, 'jieba.unpadded.dict.utf8');
  const keywordsDict = path.join(ours, 'keywords.utf8');
  if (opts.full || process.env.ZHAOSHANG_JIEBA_DICT === 'full') return null;
  if (!fs.existsSync(path.join(ours, 'jieba.dict.utf8')) || !fs.existsSync(dict) || !fs.existsSync(keywordsDict)) return null;
  const keywords = fs.readFileSync(keywordsDict, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[0]);
  return { dict, keywordsDict, keywords };
}
