// Encoded copies are built here from the seeds at test time; none is committed.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { documentFromBytes } from '../../src/input/readDocument.js';
import { prepareDocument } from '../../src/pipeline.js';
import { seedFiles, SKIP_NOTE } from '../input/sharedDir.js';

const seeds = seedFiles();
const textOf = (name: string, bytes: Buffer) => prepareDocument(documentFromBytes(name, bytes));

/** Share of characters the two texts have in common (as multisets), 1 = same characters. */
function overlapOf(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common++;
      counts.set(c, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

describe.skipIf(seeds.length === 0)(`seeds in other encodings ${seeds.length ? '' : SKIP_NOTE}`, () => {
  it.each(seeds.map((f) => [path.basename(f)]))('%s re-encoded to GB18030 cleans to the same text', (name) => {
    const utf8 = fs.readFileSync(seeds.find((f) => path.basename(f) === name)!);
    const original = textOf(name, utf8);
    const gb = iconv.encode(utf8.toString('utf8'), 'gb18030');
    const doc = documentFromBytes(name, gb);
    expect(doc.encoding).toBe('gb18030');
    const again = prepareDocument(doc);
    expect(again.text).toBe(original.text);
    expect(again.published).toBe(original.published);
  });

  it('a traditional Big5 copy of seed 001 normalizes to nearly the same simplified text', () => {
    const file = seeds.find((f) => path.basename(f).startsWith('001'))!;
    const source = fs.readFileSync(file, 'utf8');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(source);
    const big5 = iconv.encode(traditional, 'big5');
    const doc = documentFromBytes('001-big5.txt', big5);
    expect(doc.encoding).toBe('big5hkscs');
    const a = textOf('001.txt', Buffer.from(source)).text;
    const b = prepareDocument(doc).text;
    expect(overlapOf(a, b)).toBeGreaterThan(0.98);
    expect(b).toContain('签约项目163个');
  });

  it.each([
    ['UTF-16 LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])],
    ['UTF-16 BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf-16be')])],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
  ])('seed 004 as %s', (_name, encode) => {
    const file = seeds.find((f) => path.basename(f).startsWith('004'))!;
    const source = fs.readFileSync(file, 'utf8');
    expect(textOf('004.txt', encode(source)).text).toBe(textOf('004.txt', Buffer.from(source)).text);
  });

  it('seed 000 as a GBK HTML page whose meta says gbk, and as UTF-8 under a gb2312 meta (a page that lies)', () => {
    const file = seeds.find((f) => path.basename(f).startsWith('000'))!;
    const body = fs.readFileSync(file, 'utf8').replace(/^[\s\S]*?\n---\s*\n/, '');
    const html = (charset: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body>${body}</body></html>`;
    const gbk = documentFromBytes('000.html', iconv.encode(html('gbk'), 'gbk'));
    const lying = documentFromBytes('000.html', Buffer.from(html('gb2312'), 'utf8'));
    expect([gbk.encoding, lying.encoding]).toEqual(['gb18030', 'utf-8']);
    const expected = textOf('000.txt', fs.readFileSync(file)).text;
    expect(prepareDocument(gbk).text).toBe(expected);
    expect(prepareDocument(lying).text).toBe(expected);
  });
});
