import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE, fixtures, run, tempDir } from './binary.js';

describe('spreadsheet output, stats and normalize (built binary)', () => {
  it('--bom, --format tsv, --fields, --wide; bad --fields is exit 2; no exponent notation', () => {
    const tsv = run(['extract', '-', '--all', '--format', 'tsv', '--bom', '--fields', 'doc,metric,value,unit,text'], { input: ARTICLE });
    expect(tsv.status, tsv.stderr).toBe(0);
    const lines = tsv.stdout.replace(/\n$/, '').split('\n'); // not trim(): it strips U+FEFF
    expect(lines[0]).toBe('\uFEFFdoc\tmetric\tvalue\tunit\ttext');
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows).toContainEqual(['-', expect.any(String), '21650000000', 'CNY', '216.5亿元']);
    expect(tsv.stdout).not.toMatch(/\d[eE][+-]?\d/);

    const bad = run(['extract', '-', '--fields', 'doc,valeu'], { input: ARTICLE });
    expect(bad.status, bad.stderr).toBe(2);
    expect(bad.stderr).toMatch(/--fields: unknown column valeu; valid: doc,url,title,/);
    expect(bad.stdout).toBe('');

    // --wide holds the same figures as the long output: each in the column of its metric and aspect
    const long = run(['extract', '-', '--all', '--format', 'jsonl'], { input: ARTICLE }).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const wide = run(['extract', '-', '--all', '--wide', '--format', 'jsonl'], { input: ARTICLE });
    expect(wide.status, wide.stderr).toBe(0);
    const wideRows = wide.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(wideRows.length).toBeGreaterThan(0);
    expect(wideRows.length).toBeLessThanOrEqual(long.length);
    for (const r of long) {
      const col = r.aspect === 'value' ? r.metric : `${r.metric}.${r.aspect}`;
      const row = wideRows.find((w) => w[col] === r.value && w.period === r.period && w.scope === r.scope && w.region === r.region);
      expect(row, `${col} ${r.value}`).toBeDefined();
      if (/^[A-Z]{3}$/.test(r.unit) && r.aspect === 'value') expect(row[`${r.metric}.unit`]).toBe(r.unit);
    }
    const csvHeader = run(['extract', '-', '--wide'], { input: ARTICLE }).stdout.split('\n')[0].split(',');
    expect(csvHeader.slice(0, 9)).toEqual(['doc', 'url', 'title', 'published', 'region', 'adcode', 'period', 'scope', 'planned.projects']);
    expect(csvHeader).toContain('signed.investment.unit');
    expect(run(['extract', '-', '--format', 'json', '--bom'], { input: ARTICLE }).status).toBe(2);
  });

  it('stats: totals per region, period, metric and unit, and a warning when articles repeat a figure', () => {
    const dir = tempDir('stats');
    const src = fs.readdirSync(fixtures).find((f) => f.startsWith('01_'))!;
    fs.copyFileSync(path.join(fixtures, src), path.join(dir, 'a.txt'));
    fs.copyFileSync(path.join(fixtures, src), path.join(dir, 'b_reprint.txt'));
    const r = run(['stats', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('region,period,metric,unit,total,figures,docs');
    const rows = r.stdout.trim().split('\n').slice(1);
    const single = run(['extract', path.join(dir, 'a.txt'), '--format', 'jsonl', '-q']);
    const values = single.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((x) => x.aspect === 'value' && x.metric !== 'other');
    // every figure is stated by both files, so each total row counts 2 articles and names them on stderr
    expect(rows.length).toBe(new Set(values.map((x) => JSON.stringify([x.region, x.period, x.metric, x.unit]))).size);
    for (const row of rows) expect(row.endsWith(',2')).toBe(true);
    if (values.length) expect(r.stderr).toMatch(/warning: .* is in 2 articles: .*a\.txt, .*b_reprint\.txt; a reprint would count it twice/);
    expect(r.stderr).toMatch(/^zhaoshang: read 2, failed 0/m);
  });

  it('normalize prints the text record offsets count in', () => {
    const r = run(['normalize', '-'], { input: 'ＡＢ１２３，今年１－１０月签约项目４８个。' });
    expect(r.status, r.stderr).toBe(0);
    const text = r.stdout.replace(/\n$/, '');
    const ex = run(['extract', '-', '--all', '--format', 'jsonl'], { input: 'ＡＢ１２３，今年１－１０月签约项目４８个。' });
    const records = ex.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    for (const x of records) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(run(['normalize', 'no/such.txt']).status).toBe(1);
  });
});
