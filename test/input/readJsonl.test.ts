import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { documentOfLine, readJsonl } from '../../src/input/readJsonl.js';
import type { InputFailure } from '../../src/input/collectPaths.js';
import type { SourceDocument } from '../../src/model.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-jsonl-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, lines: string[]): string => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, lines.join('\n'));
  return f;
};
const isFailure = (x: SourceDocument | InputFailure): x is InputFailure => 'reason' in x;

describe('readJsonl', () => {
  it('turns lines into documents and bad lines into failures named file:line, in order', () => {
    const f = write('mixed.jsonl', [
      JSON.stringify({ id: 'a', url: 'http://x.cn/2023-04/25/c_1.htm', published: '2023-04-25', title: '标题', html: '<p>签约项目3个</p>' }),
      '{not json',
      JSON.stringify({ url: 'http://x.cn' , text: '签约' }),
      '',
      JSON.stringify({ id: 'b', text: '签约项目5个' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'a', text: '重复' }),
      JSON.stringify({ id: 'd', text: '签约', published: '2023-02-30' }),
      '[1,2]',
      JSON.stringify({ id: 'e', text: '最后一行没有换行符' }),
    ]);
    const items = [...readJsonl(f)];
    const summary = items.map((x) => (isFailure(x) ? `${x.doc} ✗ ${x.reason.split(' (')[0]}` : `${x.doc} ${x.kind}`));
    expect(summary).toEqual([
      'a html',
      `${f}:2 ✗ not JSON`,
      `${f}:3 ✗ no "id"`,
      'b text',
      `${f}:6 ✗ neither "html" nor "text" holds any text`,
      `${f}:7 ✗ duplicate id "a"`,
      `${f}:8 ✗ "published" must be a date YYYY-MM-DD, got "2023-02-30"`,
      `${f}:9 ✗ not a JSON object`,
      'e text',
    ]);
    expect(items[0]).toMatchObject({ url: 'http://x.cn/2023-04/25/c_1.htm', published: '2023-04-25', title: '标题', raw: '<p>签约项目3个</p>' });
  });

  it('reassembles lines and characters cut by tiny read chunks', () => {
    const docs = [{ id: '甲', text: '今年以来签约项目163个，合同投资额1303.7亿元。' }, { id: '乙', html: '<p>臺灣 億元</p>' }];
    const f = write('chunks.jsonl', docs.map((d) => JSON.stringify(d)));
    const items = [...readJsonl(f, { chunkBytes: 5 })];
    expect(items.map((x) => (x as SourceDocument).raw)).toEqual([docs[0].text, docs[1].html]);
  });

  it('refuses an over-long line without holding it, and goes on', () => {
    const f = write('long.jsonl', [JSON.stringify({ id: 'big', text: '字'.repeat(5000) }), JSON.stringify({ id: 'ok', text: '签约' })]);
    const items = [...readJsonl(f, { maxBytes: 1000, chunkBytes: 256 })];
    expect(items[0]).toEqual({ doc: `${f}:1`, reason: 'line longer than --max-bytes 1000' });
    expect((items[1] as SourceDocument).doc).toBe('ok');
  });

  it('reports a missing file as one failure', () => {
    const f = path.join(dir, 'nope.jsonl');
    expect([...readJsonl(f)]).toEqual([{ doc: f, reason: 'no such file or folder' }]);
  });

  it('yields each document as soon as its line is complete (streaming from a pipe)', async () => {
    const fifo = path.join(dir, 'stream.jsonl');
    execFileSync('mkfifo', [fifo]);
    const first = JSON.stringify({ id: 'one', text: '签约' });
    const second = JSON.stringify({ id: 'two', text: '开工' });
    // The writer sends line 1, then holds line 2 until the test has line 1 and says `go` (or 20 s
    // pass, so a reader that wrongly waits for more is not stuck forever); it marks line 2 as sent.
    const go = path.join(dir, 'go');
    const sent = path.join(dir, 'sent-second');
    const writeEnd = fs.openSync(fifo, fs.constants.O_RDWR); // O_RDWR: opening does not wait for a reader
    const script = `printf '%s\\n' '${first}'; i=0; while [ ! -e '${go}' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; touch '${sent}'; printf '%s\\n' '${second}'`;
    const writer = spawn('sh', ['-c', script], { stdio: ['ignore', writeEnd, 'inherit'] });
    fs.closeSync(writeEnd);
    const gen = readJsonl(fifo);
    const one = gen.next().value as SourceDocument;
    const secondWasSent = fs.existsSync(sent);
    fs.writeFileSync(go, '');
    const two = gen.next().value as SourceDocument;
    writer.kill();
    expect(one.doc).toBe('one');
    expect(secondWasSent).toBe(false);
    expect(two.doc).toBe('two');
  });
});

describe('documentOfLine', () => {
  it.each([
    ['{"id":"x","text":"  "}', 'neither "html" nor "text" holds any text'],
    ['{"id":7,"text":"签约"}', 'no "id" (a non-empty string is required)'],
    ['{"id":"x","text":["签约"]}', '"text" must be a string'],
    ['{"id":"x","text":"签约","published":"2023/04/25"}', '"published" must be a date YYYY-MM-DD, got "2023/04/25"'],
  ])('%s → %s', (line, reason) => {
    expect(documentOfLine(Buffer.from(line), 'f:1')).toEqual({ doc: 'f:1', reason });
  });
  it('prefers html to text and keeps the metadata', () => {
    const d = documentOfLine(Buffer.from(JSON.stringify({ id: 'x', html: '<p>甲</p>', text: '乙', url: 'u' })), 'f:1');
    expect(d).toMatchObject({ doc: 'x', kind: 'html', raw: '<p>甲</p>', url: 'u', published: null, title: null });
  });
  it('skips blank lines and refuses bytes that are not UTF-8', () => {
    expect(documentOfLine(Buffer.from('   '), 'f:1')).toBeNull();
    expect(documentOfLine(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'f:2')).toEqual({ doc: 'f:2', reason: 'not UTF-8 text' });
  });
});
