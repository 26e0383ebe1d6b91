import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE, bin, fixtures, run, tempDir } from './binary.js';

const haveScript = spawnSync('script', ['--version']).status === 0;

describe('zhaoshang extract (built binary)', () => {
  it('prints the SCHEMA columns as the CSV header', () => {
    const r = run(['extract', '-', '--published', '2021-11-18'], { input: '今年1-10月，全区累计签约亿元以上项目29个，总投资147.2亿元。' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'doc,url,title,published,region,adcode,period,period_text,metric,aspect,value,value_high,unit,approx,scope,text,sentence,start,end',
    );
  });

  it('names a missing path on stderr, keeps going, exits 1', () => {
    const r = run(['extract', 'no/such/file.txt', '-'], { input: '签约项目3个。' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file or folder');
  });

  it('exits 2 on a usage error', () => {
    expect(run(['extract', '--format', 'xml', 'x']).status).toBe(2);
    expect(run(['extract', '--shard', '4/4', 'x']).status).toBe(2);
  });

  it('bad input: an empty file and a PNG named .html are one line each, the good article still gives records, exit 1', () => {
    const dir = tempDir('bad');
    fs.writeFileSync(path.join(dir, 'a_empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'b_image.html'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));
    fs.writeFileSync(path.join(dir, 'c_good.txt'), ARTICLE);
    const errors = path.join(tempDir('errors'), 'errors.jsonl');
    const r = run(['extract', dir, '--all', '--format', 'jsonl', '--errors', errors]);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const failures = lines.filter((l) => !l.startsWith('zhaoshang: read '));
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^zhaoshang: .*a_empty\.txt: empty file$/);
    expect(failures[1]).toMatch(/^zhaoshang: .*b_image\.html: .*PNG/);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((x) => path.basename(x.doc)))).toEqual(new Set(['c_good.txt']));
    // the summary accounts for every input: 1 read + 2 failed
    expect(lines.at(-1)).toMatch(/^zhaoshang: read 1, failed 2, skipped 0, figures \d+, [\d.]+ s$/);
    const logged = fs.readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(logged.map((e) => path.basename(e.doc))).toEqual(['a_empty.txt', 'b_image.html']);
    expect(logged[0].reason).toBe('empty file');

    // --fail-fast stops at the first failure, exit 1, and leaves no -o file
    const out = path.join(dir, 'out.csv');
    const ff = run(['extract', dir, '--fail-fast', '-o', out]);
    expect(ff.status, ff.stderr).toBe(1);
    expect(ff.stderr).toContain('a_empty.txt: empty file');
    expect(ff.stderr).not.toContain('b_image.html');
    expect(fs.readdirSync(dir).sort()).toEqual(['a_empty.txt', 'b_image.html', 'c_good.txt']);
  });

  it('gives byte-identical output whatever the order of the arguments', () => {
    const files = fs.readdirSync(fixtures).sort().slice(0, 6).map((f) => path.join('fixtures/articles', f));
    const a = run(['extract', '--all', ...files]);
    const b = run(['extract', '--all', ...[...files].reverse(), files[2]]);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout.split('\n').length).toBeGreaterThan(6);
    expect(b.stdout).toBe(a.stdout);
  });

  it('--help on every command shows a worked example; --version prints one', () => {
    for (const cmd of ['extract', 'check', 'report', 'stats', 'normalize']) {
      const r = run([cmd, '--help']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Examples?:\n\s+\$ zhaoshang /);
    }
    const v = run(['--version']);
    expect(v.stdout.trim()).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });

  it.skipIf(!haveScript)('progress on a terminal (files done of total, figures, files/s), none when piped or --quiet', () => {
    const dir = tempDir('progress');
    // script(1) gives the run a pseudo-terminal, as an analyst's shell would
    const tty = spawnSync('script', ['-qfec', `"${process.execPath}" "${bin}" extract fixtures/articles -o "${dir}/out.csv"`, '/dev/null'], { encoding: 'utf8' });
    expect(tty.status, tty.stderr).toBe(0);
    const n = fs.readdirSync(fixtures).length;
    expect(tty.stdout).toMatch(new RegExp(`\\r\\x1b\\[2K${n}/${n} files, \\d+ figures, [\\d.]+/s`));
    expect(tty.stdout).toMatch(new RegExp(`zhaoshang: read ${n}, failed 0, skipped 0, figures \\d+, [\\d.]+ s`));
    const piped = run(['extract', 'fixtures/articles', '-o', `${dir}/out2.csv`]);
    expect(piped.stderr).toMatch(/^zhaoshang: read \d+, failed 0, skipped 0, figures \d+, [\d.]+ s\n$/);
    const quiet = spawnSync('script', ['-qfec', `"${process.execPath}" "${bin}" extract fixtures/articles -q -o "${dir}/out3.csv"`, '/dev/null'], { encoding: 'utf8' });
    expect(quiet.stdout).toBe('');
  });
});
