import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve('bin/zhaoshang.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });

describe('zhaoshang extract (built binary)', () => {
  it('prints the SCHEMA columns as the CSV header', () => {
    const r = run(['extract', '-', '--published', '2021-11-18'], '今年1-10月，全区累计签约亿元以上项目29个，总投资147.2亿元。');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'doc,url,title,published,region,adcode,period,period_text,metric,aspect,value,value_high,unit,approx,scope,text,sentence,start,end',
    );
  });

  it('names a missing path on stderr, keeps going, exits 1', () => {
    const r = run(['extract', 'no/such/file.txt', '-'], '签约项目3个。');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file or folder');
  });

  it('exits 2 on a usage error', () => {
    const r = run(['extract', '--format', 'xml', 'x']);
    expect(r.status).toBe(2);
  });

  it('prints a version', () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
