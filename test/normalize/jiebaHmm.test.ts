// Our hmm_model.utf8 is a placeholder: nodejieba's cut() without its second argument runs MPSegment
// only, so the model load() parses is never consulted. Cutting real articles with the placeholder and
// with the shipped model must give the same words (and, to show the models do differ, cutting with
// HMM does not).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { jiebaDictPaths, shippedJiebaDictDir, trimmedJiebaDictDir } from '../../src/normalize/jiebaDict.js';

interface Jieba {
  load(opts: ReturnType<typeof jiebaDictPaths>): void;
  cut(sentence: string, hmm?: boolean): string[];
}

const lib = createRequire(import.meta.url)('nodejieba') as Jieba;
const articles = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures', 'articles');
const sentences = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((f) => fs.readFileSync(path.join(articles, f), 'utf8').split(/[。！？\n]/)).filter((s) => s.trim());

function cutAll(hmmDict: string, hmm: boolean): string[][] {
  lib.load({ ...jiebaDictPaths(), hmmDict });
  return sentences.map((s) => lib.cut(s, hmm));
}

describe('placeholder HMM model', () => {
  const ours = path.join(trimmedJiebaDictDir(), 'hmm_model.utf8');
  const shipped = path.join(shippedJiebaDictDir(), 'hmm_model.utf8');

  it('is what the trimmed dictionary loads, and a fraction of the shipped one', () => {
    expect(jiebaDictPaths().hmmDict).toBe(ours);
    expect(jiebaDictPaths({ full: true }).hmmDict).toBe(shipped);
    expect(fs.statSync(ours).size).toBeLessThan(1000);
  });

  it('changes no cut made without HMM', () => {
    expect(sentences.length).toBeGreaterThan(100);
    const withOurs = cutAll(ours, false);
    const withShipped = cutAll(shipped, false);
    expect(withOurs).toEqual(withShipped);
    expect(cutAll(ours, true)).not.toEqual(cutAll(shipped, true));
  });
});
