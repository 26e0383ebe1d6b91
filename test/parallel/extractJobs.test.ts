// `zhaoshang extract --jobs N` (built binary): the same bytes whatever N, options honoured in workers.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('bin/zhaoshang.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('zhaoshang extract --jobs', () => {
  it('writes byte-identical output on one job and on two, with --all --explain --published --format jsonl', () => {
    const args = ['extract', 'fixtures/articles', '--all', '--explain', '--published', '2022-12-31', '--format', 'jsonl', '-q'];
    const one = run([...args, '--jobs', '1']);
    const two = run([...args, '-j', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(0);
  });

  it('workers format the records (csv, json, tsv --explain, --wide, --fields): the same bytes as one job', () => {
    for (const extra of [[], ['--format', 'json'], ['--format', 'tsv', '--explain'], ['--wide', '--all', '--bom'], ['--format', 'jsonl', '--fields', 'doc,sentence,value']]) {
      const args = ['extract', 'fixtures/articles', '-q', ...extra];
      const one = run([...args, '--jobs', '1']);
      const two = run([...args, '--jobs', '2']);
      expect(one.status, extra.join(' ')).toBe(0);
      expect(two.stdout, extra.join(' ')).toBe(one.stdout);
      expect(two.stderr, extra.join(' ')).toBe(one.stderr);
    }
  });

  it('stops a pooled run with exit 2 on a bad --rules table (workers take the folders main set: see extractInParallel.test)', () => {
    const rules = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-jobs-'));
    fs.writeFileSync(path.join(rules, 'widthRules.tsv'), 'char\tto\texample\twhy\n招\t\t招商\tan empty `to` is refused\n');
    const r = run(['extract', 'fixtures/articles', '--rules', rules, '-j', '2', '-q']);
    expect(r.status).toBe(2);
  });

  it('refuses --jobs 0 as a usage error', () => {
    expect(run(['extract', 'fixtures/articles', '--jobs', '0']).status).toBe(2);
  });
});
