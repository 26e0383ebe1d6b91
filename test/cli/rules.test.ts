import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE, run, tempDir } from './binary.js';

const builtin = fs.readdirSync('src/rules').filter((f) => f.endsWith('.tsv')).sort();

describe('--rules and --explain (built binary)', () => {
  it('a rules table with the wrong header stops every command with file:line, exit 2', () => {
    const dir = tempDir('rules');
    const name = builtin[0] ?? 'metrics.tsv';
    fs.writeFileSync(path.join(dir, name), '# extra rows\nnot\tthe\tright\theader\n');
    for (const cmd of [['extract', '-'], ['stats', '-'], ['report', '-'], ['normalize', '-'], ['check', dir]]) {
      const r = run([...cmd, '--rules', dir], { input: ARTICLE });
      expect(r.status, cmd[0]).toBe(2);
      expect(r.stderr, cmd[0]).toContain(`${path.join(dir, name)}:${builtin.length ? 2 : 1}`);
      expect(r.stdout, cmd[0]).not.toContain('doc,');
    }
    fs.rmSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'no_such_table.tsv'), 'a\tb\n');
    const unknown = run(['extract', '-', '--rules', dir], { input: ARTICLE });
    expect(unknown.status, unknown.stderr).toBe(2);
    expect(unknown.stderr).toContain('no_such_table.tsv:1: no built-in table named "no_such_table"');
    expect(run(['extract', '-', '--rules', path.join(dir, 'missing')], { input: ARTICLE }).status).toBe(2);
  });

  it('--explain adds rule and explain columns to CSV and keeps them in JSON', () => {
    const csv = run(['extract', '-', '--all', '--explain'], { input: ARTICLE });
    expect(csv.status, csv.stderr).toBe(0);
    const header = csv.stdout.split('\n')[0].split(',');
    expect(header.slice(-2)).toEqual(['rule', 'explain']);
    const json = run(['extract', '-', '--all', '--explain', '--format', 'json'], { input: ARTICLE });
    const records = JSON.parse(json.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r: { rule?: string }) => typeof r.rule === 'string' && r.rule.length > 0)).toBe(true);
    const plain = JSON.parse(run(['extract', '-', '--all', '--format', 'json'], { input: ARTICLE }).stdout);
    expect(plain.some((r: object) => 'rule' in r || 'explain' in r)).toBe(false);
  });
});
