// keywordDicts(): the trimmed dictionary without its median lines, plus the labeller's keywords at
// the median frequency. Loaded instead of the trimmed dictionary + insertWord(keyword), it must cut
// every sentence the same way, and it must stay in step with the dictionary and the rule tables.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { jiebaDictPaths, keywordDicts, shippedJiebaDictDir, trimmedJiebaDictDir } from '../../src/normalize/jiebaDict.js';
import { keywordsDictOf, unpaddedOf, MEDIAN_PADDING_WORD, PADDING_WORD } from '../../scripts/buildJiebaDict.js';
import { labelRules } from '../../src/assemble/labelRules.js';
import { addDomainWords, isWholeWord, registeredWords, segmenterBaked, weighsEveryWord } from '../../src/normalize/segmenter.js';

interface Jieba {
  load(opts: ReturnType<typeof jiebaDictPaths>): void;
  cut(sentence: string): string[];
  insertWord(word: string): boolean;
}

const lib = createRequire(import.meta.url)('nodejieba') as Jieba;
const articles = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures', 'articles');
const sentences = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((f) => fs.readFileSync(path.join(articles, f), 'utf8').split(/[。！？\n]/)).filter((s) => s.trim());
const userDict = path.join(trimmedJiebaDictDir(), '..', 'userdict.utf8');

describe('dictionaries for the labeller\'s keywords', () => {
  labelRules();
  const k = keywordDicts()!;

  it('unpaddedOf moves the median lines\' mass to the sum line and keeps every other line', () => {
    const dict = `外资 10 n\n${PADDING_WORD} 100 x\n一 2 m\n${MEDIAN_PADDING_WORD} 3 x\n${MEDIAN_PADDING_WORD} 3 x\n`;
    expect(unpaddedOf(dict)).toEqual({ dict: `外资 10 n\n${PADDING_WORD} 106 x\n一 2 m\n`, medianFreq: 3 });
    expect(keywordsDictOf(['外资', '签约'], 3)).toBe('外资 3 x\n签约 3 x\n');
    expect(weighsEveryWord('招商引资 20 n\n\n签约项目 20 n\n')).toBe(true);
    expect(weighsEveryWord('招商引资 20 n\n签约项目\n')).toBe(false);
  });

  it('are generated from the committed dictionary and the labeller\'s keywords', () => {
    expect(k).not.toBeNull();
    const trimmed = fs.readFileSync(path.join(trimmedJiebaDictDir(), 'jieba.dict.utf8'), 'utf8');
    const { dict, medianFreq } = unpaddedOf(trimmed);
    expect(fs.readFileSync(k.dict, 'utf8')).toBe(dict);
    expect(medianFreq).toBe(3);
    expect(fs.readFileSync(k.keywordsDict, 'utf8')).toBe(keywordsDictOf(registeredWords(), medianFreq!));
    expect(k.keywords).toEqual(registeredWords());
    expect(k.keywords.length).toBeGreaterThan(100);
    expect(weighsEveryWord(fs.readFileSync(userDict, 'utf8'))).toBe(true);
    expect(keywordDicts({ full: true })).toBeNull();
  });

  function cuts(dict: string, userDicts: string[], inserted: readonly string[]): string[][] {
    lib.load({ ...jiebaDictPaths(), dict, userDict: userDicts.join('|') });
    for (const w of inserted) lib.insertWord(w);
    return sentences.map((s) => lib.cut(s));
  }

  it('cut as the trimmed dictionary with the keywords inserted does', () => {
    expect(sentences.length).toBeGreaterThan(100);
    const trimmed = path.join(trimmedJiebaDictDir(), 'jieba.dict.utf8');
    const reference = cuts(trimmed, [userDict], k.keywords);
    expect(cuts(k.dict, [userDict, k.keywordsDict], [])).toEqual(reference);
    // the keywords' frequency matters: at another one, cuts differ
    const other = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-')), 'keywords.utf8');
    fs.writeFileSync(other, keywordsDictOf(k.keywords, 3000));
    expect(cuts(k.dict, [userDict, other], [])).not.toEqual(reference);
    // and without the keywords' weights, the unpadded dictionary's own median would not do
    expect(cuts(k.dict, [userDict], k.keywords)).not.toEqual(reference);
    expect(fs.existsSync(path.join(shippedJiebaDictDir(), 'jieba.dict.utf8'))).toBe(true);
  });

  // The segmenter's first load happens here (the cuts above loaded the same addon directly, before it).
  it('are what the segmenter loads for the labeller, until another word is registered', () => {
    expect(isWholeWord('全区外资企业达到60家', 2, 4)).toBe(false);
    expect(segmenterBaked()).toBe(true);
    expect(isWholeWord('新签约项目12个', 1, 3)).toBe(true);
    addDomainWords(['外资企业']);
    expect(segmenterBaked()).toBe(false);
    expect(isWholeWord('全区外资企业达到60家', 2, 4)).toBe(true);
    expect(isWholeWord('新公司注册资本3000万元', 3, 5)).toBe(false);
  });
});
