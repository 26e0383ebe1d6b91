// Issue 5: each seed re-encoded to GB18030, and a traditional copy of seed 001 in Big5, give the
// same figures (metric, aspect, value, unit, period) as the UTF-8 original. The encoded copies are
// built here at test time; no third-party text is committed.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { readDocument } from '../../src/input/readDocument.js';
import { extractRecords } from '../../src/pipeline.js';
import { SKIP_NOTE, seedFiles } from '../input/sharedDir.js';

const seeds = seedFiles();
if (seeds.length === 0) console.warn(`encodings e2e ${SKIP_NOTE}`);

const figuresOf = (file: string): string[] =>
  extractRecords(readDocument(file))
    .filter((r) => r.metric !== 'other')
    .map((r) => [r.metric, r.aspect, r.value, r.unit, r.period].join(' '))
    .sort();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-enc-'));
const writeCopy = (name: string, bytes: Buffer): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, bytes);
  return p;
};

describe.skipIf(seeds.length === 0)('the same figures whatever the encoding', () => {
  it.each(seeds.map((s) => [path.basename(s), s]))('%s in GB18030', (name, seed) => {
    const original = figuresOf(seed);
    expect(original.length).toBeGreaterThan(0);
    const copy = writeCopy(`gb18030-${name}`, iconv.encode(fs.readFileSync(seed, 'utf8'), 'gb18030'));
    expect(figuresOf(copy)).toEqual(original);
  });

  it('seed 001 rewritten in traditional characters, in Big5', () => {
    const seed = seeds.find((s) => path.basename(s).startsWith('001_'));
    expect(seed).toBeDefined();
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(fs.readFileSync(seed!, 'utf8'));
    expect(traditional).not.toEqual(fs.readFileSync(seed!, 'utf8'));
    const copy = writeCopy('big5-001.txt', iconv.encode(traditional, 'big5'));
    expect(figuresOf(copy)).toEqual(figuresOf(seed!));
  });
});
