// maskCodes skips a pattern's scan when the text lacks a string every match needs, and finds
// Latin tokens by char code; the masked text must be what scanning every pattern gave.
import { describe, expect, it } from 'vitest';
import { maskCodes, MASK } from '../../../src/extract/numbers/maskCodes.js';
import { numberTables } from '../../../src/extract/numbers/numberTables.js';

const PATTERNS: RegExp[] = [
  /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’《》]+/gi,
  /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g,
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g,
  /(?<!\d)\d{3,4}-\d{7,8}(?:-\d{1,4})?(?!\d)/g,
  /(?<!\d)400-?\d{3}-?\d{4}(?!\d)/g,
  /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  /(?<![\d.])\d+(?:\+(?:\d+|[A-Za-z]))+/g,
  /(?<![\d.])\d+(?:\.\d+){2,}/g,
  /ICP[备证]?\s*\d+号?(?:-\d+)?/gi,
  /公网安备?\s*\d+号?/g,
  /(?:邮编|邮政编码)[:：]?\s*\d{6}/g,
  /\(\s*[-+]?\d[\d.]*\s*,\s*[-+]?\d[\d.]*%?\s*,\s*[-+]?\d[\d.]*%?\s*\)/g,
];

/** maskCodes as it was: every pattern over the whole text, Latin tokens by regex. */
function reference(text: string, kilo: boolean): string {
  const masked = new Uint8Array(text.length);
  const mask = (s: number, e: number) => masked.fill(1, s, e);
  for (const re of PATTERNS) for (const m of text.matchAll(re)) mask(m.index!, m.index! + m[0].length);
  const { maskRe } = numberTables();
  if (maskRe) for (const m of text.matchAll(maskRe)) mask(m.index!, m.index! + m[0].length);
  const scientific: [number, number][] = kilo
    ? [...text.matchAll(/(?<![\w.])\d+(?:\.\d+)?[eE][-+]?\d{1,3}(?![\w.])/g)].map((m) => [m.index!, m.index! + m[0].length])
    : [];
  for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) {
    if (m[0].length === 1 || !/\d/.test(m[0])) continue;
    const s = m.index!;
    const e = s + m[0].length;
    const latin = /[A-Za-z_]/.test(m[0]) && /\d/.test(m[0]);
    if (latin && kilo && /^\d+[kK]$/.test(m[0])) continue;
    if (latin && scientific.some(([a, b]) => a <= s && e <= b)) continue;
    if (latin || text[e] === '@' || text[s - 1] === '@') mask(s, e);
  }
  return text.split('').map((c, i) => (masked[i] ? MASK : c)).join('');
}

describe('maskCodes', () => {
  const cases = [
    '签约项目12个', '2023-04-25 16:17:05', '电话0371-12345678', '400-123-4567', '13912345678', '1+6+N', '1.2.3',
    '豫ICP备09014970号-1', 'icp 123', '公网安备41010502003542号', '邮编467000', '(14.000, 0.00, 0.00%)', 'http://x.cn/2021/1234.html',
    'WWW.Example.com/12', '5G x86 A2021 abc123@qq.com 123@', '15k 2e5 _1 a_ 1_', '十四五规划', '',
  ];
  it.each(cases)('%s: same as scanning every pattern', (s) => {
    expect(maskCodes(s)).toBe(reference(s, false));
    expect(maskCodes(s, { kilo: true })).toBe(reference(s, true));
  });

  it('random text of code-like pieces: same as scanning every pattern', () => {
    const alphabet = ['1', '2', '9', '400', '2023', 'a', 'K', 'e', '_', '@', '-', '/', '.', ':', '+', ',', '(', ')', '%', ' ', 'ICP', 'icp', '备',
      '号', 'www.', 'http://', '公网安', '邮编', '签', '，', '十四五', '13912345678', '\n'];
    let seed = 5;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 4000; k++) {
      const s = Array.from({ length: rand() % 16 }, () => alphabet[rand() % alphabet.length]).join('');
      expect(maskCodes(s), JSON.stringify(s)).toBe(reference(s, false));
      expect(maskCodes(s, { kilo: true }), JSON.stringify(s)).toBe(reference(s, true));
    }
  });
});
