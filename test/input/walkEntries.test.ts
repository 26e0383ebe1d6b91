// The lazy walk behind planInputs: files in the code-unit order of their paths without collecting
// them first, so that a run over a million files does not hold a million paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { argumentsAreApart, collectPaths, walkEntries } from '../../src/input/collectPaths.js';
import { planInputs } from '../../src/cli/runExtraction.js';

let root: string;
const at = (...p: string[]): string => path.join(root, ...p);
const filesOf = (paths: string[]): string[] => [...walkEntries(paths)].flatMap((e) => ('file' in e ? [e.file] : []));

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-walk-'));
  // Names whose order depends on a folder's contents sorting as `name/…`: `.` (0x2E) and `-`
  // (0x2D) sort before `/` (0x2F), letters and digits after it; a space before all of them.
  const files = [
    'news/a.txt', 'news/a/b.txt', 'news/a-b/c.txt', 'news/a b.txt', 'news/a.d/x.md', 'news/ab.html',
    'news/A.txt', 'news/a/z/deep.txt', 'news/2021/01.txt', 'news/2021-02.txt', 'news/2021.txt',
    'news/新闻/稿件.txt', 'news/新闻.txt', 'news/a/b/c.txt', 'news/notes.pdf', 'news/lines.jsonl',
    'news-extra/x.txt', 'news.txt',
  ];
  for (const f of files) {
    fs.mkdirSync(path.dirname(at(f)), { recursive: true });
    fs.writeFileSync(at(f), f.endsWith('.jsonl') ? '{"id":"1","text":"签约"}\n' : '签约');
  }
  fs.symlinkSync(at('news', 'a'), at('news-extra', 'link')); // the same folder under two paths
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('walkEntries', () => {
  it('lists a folder tree in the code-unit order of the full paths, as collectPaths sorts them', () => {
    const lazy = filesOf([at('news')]);
    expect(lazy.length).toBe(14);
    expect(lazy).toEqual(collectPaths([at('news')]).files);
    expect(lazy).toEqual([...lazy].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('walks arguments in the order their files sort, whatever the order they are given in', () => {
    const expected = collectPaths([at('news'), at('news-extra'), at('news.txt')]).files;
    for (const args of [[at('news'), at('news-extra'), at('news.txt')], [at('news.txt'), at('news-extra'), at('news')]]) {
      expect(filesOf(args)).toEqual(expected);
    }
    // The folder reached twice is listed once, under the path that sorts first.
    expect(expected).toContain(at('news-extra', 'link', 'b.txt'));
    expect(expected).not.toContain(at('news', 'a', 'b.txt'));
  });
});

describe('argumentsAreApart', () => {
  it.each([
    [['news'], true],
    [['news', 'news-extra', 'news.txt'], true],
    [['news', 'news/a'], false],
    [['news/a/b.txt', 'news'], false],
    [['news', 'news/'], false],
    [['news.txt', 'news.txt'], false],
    [['.', 'news'], false],
    [['-', 'news'], true],
    [['missing', 'missing/x', 'news'], true],
  ])('%j → %s', (args, apart) => {
    expect(argumentsAreApart((args as string[]).map((a) => (a === '-' || a === '.' ? a : at(a))))).toBe(apart);
  });
});

describe('planInputs', () => {
  const listed = (paths: string[]): string[] => [...planInputs(paths).inputs].map((i) => `${i.kind} ${i.path}`);

  it('plans the same inputs, counts and failures walking lazily as collecting first', () => {
    const lazy = planInputs([at('news'), at('nowhere')]);
    expect(lazy.inputs).not.toBeInstanceOf(Array); // the arguments are apart: listed lazily
    // news/a inside news: collected and sorted first, then the same inputs
    const collected = planInputs([at('news'), at('news', 'a'), at('nowhere')]);
    expect(collected.inputs).toBeInstanceOf(Array);
    expect([...lazy.inputs]).toEqual([...collected.inputs]);
    expect(lazy.count).toBe(15);
    expect(lazy.hasJsonl).toBe(true);
    expect(lazy.skipped).toEqual([at('news', 'notes.pdf')]);
    expect(lazy.failures).toEqual([{ doc: at('nowhere'), reason: 'no such file or folder' }]);
    expect(listed([at('news')])).toContain(`jsonl ${at('news', 'lines.jsonl')}`);
  });

  it('lists the inputs again each time it is iterated', () => {
    const plan = planInputs([at('news')]);
    expect([...plan.inputs]).toEqual([...plan.inputs]);
  });
});
