// The trimmed dictionary must keep what cppjieba derives from the whole one (frequency sum, median
// weight) and the words that can swallow a cue word, so segmentation answers stay those of the
// shipped dictionary where the labeller asks.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { jiebaDictPaths, shippedJiebaDictDir, trimmedJiebaDictDir } from '../../src/normalize/jiebaDict.js';

function freqs(file: string): Map<string, number> {
  const m = new Map<string, number>();
  const all: number[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const [w, f] = line.split(' ');
    m.set(w, (m.get(w) ?? 0) + Number(f));
    all.push(Number(f));
  }
  all.sort((a, b) => a - b);
  m.set('__sum__', all.reduce((a, b) => a + b, 0));
  m.set('__median__', all[Math.floor(all.length / 2)]);
  m.set('__lines__', all.length);
  return m;
}

describe('trimmed jieba dictionary', () => {
  const shipped = freqs(path.join(shippedJiebaDictDir(), 'jieba.dict.utf8'));
  const trimmed = freqs(path.join(trimmedJiebaDictDir(), 'jieba.dict.utf8'));

  it('is what jiebaDictPaths() hands nodejieba unless the full one is asked for', () => {
    const p = jiebaDictPaths();
    expect(p.dict).toBe(path.join(trimmedJiebaDictDir(), 'jieba.dict.utf8'));
    for (const f of Object.values(p)) expect(fs.existsSync(f)).toBe(true);
    expect(jiebaDictPaths({ full: true }).dict).toBe(path.join(shippedJiebaDictDir(), 'jieba.dict.utf8'));
  });

  it('keeps the shipped frequency sum and median, so kept and inserted words weigh the same', () => {
    expect(trimmed.get('__sum__')).toBe(shipped.get('__sum__'));
    expect(trimmed.get('__median__')).toBe(shipped.get('__median__'));
    expect(trimmed.get('__lines__')!).toBeLessThan(shipped.get('__lines__')! / 2);
  });

  it('copies frequencies unchanged and keeps words that contain a cue word', () => {
    for (const w of ['外资', '外资企业', '注册资本', '正在', '建设', '签约', '招商引资']) {
      expect(trimmed.get(w), w).toBe(shipped.get(w));
    }
  });

  it('carries the MIT notices of the dictionary data', () => {
    const notice = fs.readFileSync(path.join(trimmedJiebaDictDir(), 'NOTICE.md'), 'utf8');
    expect(notice).toContain('Copyright (c) 2021 Yanyi Wu');
    expect(notice).toContain('Permission is hereby granted');
  });
});
