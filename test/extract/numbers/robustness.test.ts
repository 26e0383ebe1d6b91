// Invariants on random and hostile text, and a time bound: the number layer runs on whatever a
// crawler hands us (megabytes without punctuation, digit runs, 亿亿亿万万, nested brackets).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/extract/findNumbers.js';
import { findNumberIntervals } from '../../../src/extract/numbers/findNumberIntervals.js';

const PIECES = [
  '0', '1', '2', '5', '9', '.', ',', '-', '~', '%', '(', ')', ' ', '/', '+', ':', 'e', 'k', 'N', 'G',
  '零', '一', '两', '三', '十', '百', '千', '万', '亿', '兆', '点', '负', '多', '余', '几', '半', '打', '分', '之', '又',
  '元', '美元', '人民币', '个', '次', '场', '成', '折', '倍', '个百分点', '百分之', '年', '月', '日', '第', '超', '约',
  '以上', '左右', '到', '至', '和', '之间', '大于', '小于', '项目', '签约', '，', '。', '、', '\n',
];

const chinesish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anything = fc.string({ maxLength: 80 });

function checkInvariants(text: string): void {
  const ms = findNumbers(text);
  let last = -1;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    last = m.end;
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(Number.isFinite(m.value)).toBe(true);
    if (m.valueHigh !== null) expect(Number.isFinite(m.valueHigh)).toBe(true);
  }
  let lastIv = -1;
  for (const iv of findNumberIntervals(text)) {
    expect(iv.start).toBeGreaterThanOrEqual(lastIv);
    lastIv = iv.end;
    expect(iv.end).toBeLessThanOrEqual(text.length);
  }
}

describe('number layer invariants', () => {
  it('holds on Chinese-number-like random text', () => {
    fc.assert(fc.property(chinesish, (s) => checkInvariants(s)), { numRuns: 500 });
  });

  it('holds on arbitrary strings', () => {
    fc.assert(fc.property(anything, (s) => checkInvariants(s)), { numRuns: 300 });
  });

  it('holds on hostile repetitions', () => {
    const hostile = fc.tuple(fc.constantFrom('亿', '万', '9', '一', '十', '(', '1,', '.5', '-', '多', '点', '1e'), fc.integer({ min: 1, max: 400 }))
      .map(([p, n]) => p.repeat(n));
    fc.assert(fc.property(fc.array(hostile, { maxLength: 4 }), (parts) => checkInvariants(parts.join('元'))), { numRuns: 200 });
  });
});

describe('number layer time bound', () => {
  const MB = 1_000_000;
  const inputs: [string, string][] = [
    ['digit run', '9'.repeat(MB)],
    ['亿亿亿万万', '亿亿亿万万'.repeat(MB / 5)],
    ['Chinese numerals without punctuation', '一二三四五六七八九十百千万亿'.repeat(MB / 14)],
    ['nested brackets', '('.repeat(MB / 2) + '1'.repeat(10) + ')'.repeat(MB / 2)],
    ['report text without punctuation', '签约项目29个总投资147.2亿元同比增长6倍'.repeat(MB / 24)],
    ['comma-grouped digits', '1,234'.repeat(MB / 5)],
  ];
  // CPU time, not wall time: the bound is about our work, and test machines are often shared.
  it.each(inputs)('finds numbers in 1 MB of %s in under a second of CPU', (_, text) => {
    findNumbers('1'); // tables loaded outside the measurement
    const before = process.cpuUsage();
    const ms = findNumbers(text);
    const used = process.cpuUsage(before);
    expect(Array.isArray(ms)).toBe(true);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
