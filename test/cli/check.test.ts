import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir } from './binary.js';

const shared = path.resolve('../shared');
const haveShared = fs.existsSync(path.join(shared, 'score.mjs')) && fs.existsSync(path.join(shared, 'seeds'));

describe('zhaoshang check (built binary)', () => {
  it.skipIf(!haveShared)('agrees with ../shared/score.mjs on the seeds', () => {
    const check = run(['check', '--articles', '../shared/seeds', '--expected', '../shared/gold', '--min-f1', '0', '--json', '-q']);
    expect(check.status, check.stderr).toBe(0);
    const mine = JSON.parse(check.stdout);
    const dir = tempDir('score');
    const pred = path.join(dir, 'pred.jsonl');
    const ex = run(['extract', '../shared/seeds', '--format', 'jsonl', '-o', pred]);
    expect(ex.status, ex.stderr).toBe(0);
    const ref = spawnSync(process.execPath, [path.join(shared, 'score.mjs'), '--gold', path.join(shared, 'gold'), '--pred', pred, '--json'], { encoding: 'utf8' });
    expect(ref.status, ref.stderr).toBe(0);
    const theirs = JSON.parse(ref.stdout);
    for (const k of ['docs', 'gold', 'predicted', 'tp', 'precision', 'recall', 'f1', 'macro_f1', 'period_accuracy', 'region_accuracy']) {
      expect(mine.totals[k], k).toBe(theirs[k]);
    }
    // every file is listed, with its own numbers adding up to the totals
    expect(mine.files).toHaveLength(theirs.docs);
    expect(mine.files.reduce((a: number, f: { matched: number }) => a + f.matched, 0)).toBe(theirs.tp);
  });

  it.skipIf(!haveShared)('the brief\'s own command line runs and its exit status follows --min-f1', () => {
    const r = run(['check', '--articles', '../shared/seeds', '--expected', '../shared/gold', '--min-f1', '0.9', '--json', '-q']);
    const out = JSON.parse(r.stdout);
    const below = out.files.filter((f: { f1: number }) => f.f1 < 0.9).map((f: { doc: string }) => f.doc);
    expect(out.below_min_f1).toEqual(below);
    expect(r.status).toBe(below.length ? 1 : 0);
  });

  it('prints missed and extra figures per file in plain text when piped, and exits 1 below --min-f1', () => {
    const dir = tempDir('check');
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.mkdirSync(path.join(dir, 'expected'));
    fs.writeFileSync(path.join(dir, 'articles', 'a.txt'), '今年1-10月，全区累计签约项目29个，总投资147.2亿元。');
    const figure = { metric: 'signed.projects', aspect: 'value', value: 987654, unit: 'count', period: null, region: null, text: '987654个' };
    fs.writeFileSync(path.join(dir, 'expected', 'a.json'), JSON.stringify({ doc: 'a.txt', figures: [figure] }));
    fs.writeFileSync(path.join(dir, 'expected', 'orphan.json'), JSON.stringify({ doc: 'orphan.txt', figures: [] }));
    const r = run(['check', dir]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour codes when not a terminal
    expect(r.stdout).toMatch(/^a {2}P .* F1 0\.000/m);
    expect(r.stdout).toMatch(/^ {2}missed {2}signed\.projects\/value 987654 count {2}«987654个»/m);
    expect(r.stdout).toMatch(/^TOTAL {2}files 2 {2}expected 1 /m);
    expect(r.stderr).toMatch(/orphan\.json: no article orphan\.\* in /);
    // below the bar and an orphan: exit 1; nothing else to complain about with --min-f1 0 and no orphan
    fs.rmSync(path.join(dir, 'expected', 'orphan.json'));
    expect(run(['check', dir, '--min-f1', '0', '-q']).status).toBe(0);
    expect(run(['check', dir, '--min-f1', '2']).status).toBe(2);
  });
});
