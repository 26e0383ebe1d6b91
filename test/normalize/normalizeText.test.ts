import { describe, expect, it } from 'vitest';
import { charOfCell, normalizeText, withoutPinyinGlosses } from '../../src/normalize/normalizeText.js';
import { loadTable } from '../../src/rules/ruleTables.js';

describe('widthRules.tsv: every row does what it says on its example', () => {
  const rows = loadTable('widthRules');
  it.each(rows.map((r) => [r.__source, r] as const))('%s', (_where, r) => {
    const ch = charOfCell(r.char);
    expect(r.example).toContain(ch);
    const out = normalizeText(r.example);
    if (r.to === 'keep') expect(out).toContain(ch);
    else {
      expect(out).not.toContain(ch);
      if (r.to === 'space') expect(out).toMatch(/\S \S/);
      else if (r.to !== 'delete') expect(out).toContain(r.to);
      else expect(out).toBe(r.example.replace(ch, ''));
    }
  });
});

describe('normalizeText: width', () => {
  it.each([
    ['签约项目２９个，总投资１４７．２亿元', '签约项目29个，总投资147.2亿元'],
    ['增长６１．９％', '增长61.9%'],
    ['（街道、管委会）', '(街道、管委会)'],
    ['ＡＢＣ：ａｂｃ', 'ABC：abc'],
    ['“开门红”。签约；开工！是否？', '“开门红”。签约；开工！是否？'],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('normalizeText: traditional → simplified', () => {
  it.each([
    ['億', '亿'], ['萬', '万'], ['簽約', '签约'], ['項目', '项目'], ['資金', '资金'], ['區', '区'], ['鄉', '乡'], ['臺', '台'],
    ['到位市外資金22.735億元', '到位市外资金22.735亿元'],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
  it('leaves simplified text as it is', () => {
    const s = '今年以来，新华区累计签约亿元以上项目29个，总投资147.2亿元，于是著名企业纷纷落户。';
    expect(normalizeText(s)).toBe(s);
  });
});

describe('pinyin glosses', () => {
  it.each([
    ['新鄉(xiāng)市', '新乡市'],
    ['牧野區(qū)', '牧野区'],
    ['經(jīng)濟', '经济'],
    ['新鄉（xiāng）', '新乡'],
    ['新乡(xiang1)', '新乡'],
    ['绿(lǜ)色', '绿色'],
    ['长(zhǎng)德', '长德'],
    ['牧野(mù yě)区', '牧野区'],
  ])('removed: %s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
  it.each([
    '员工在车间生产(摄于4月8日)',
    '收盘价(14.000, 0.00, 0.00%)',
    '11个镇(街道、管委会)招商团',
    '腾讯(深圳)公司',
    '美国化学会(ACS)期刊',
    '模型(transformer)效果',
    '(xiāng) at the start of a line has no character to gloss',
    '编号(a1)',
  ])('kept: %s', (input) => expect(withoutPinyinGlosses(input)).toBe(input));
});

describe('normalizeText: white space', () => {
  it('collapses runs, trims lines, drops empty lines, unifies line ends', () => {
    expect(normalizeText('  标题 \r\n\r\n  第一段\t\t第一句  \r第二段　　末尾\n\n')).toBe('标题\n第一段 第一句\n第二段 末尾');
  });
  it('normalizes a 5 MB line (no clock: a quadratic pass trips the test timeout)', () => {
    const line = '今年以來，全區簽約項目１６３個，合同投資額１３０３．７億元。'.repeat(170000);
    const out = normalizeText(line);
    expect(out.startsWith('今年以来，全区签约项目163个，合同投资额1303.7亿元。')).toBe(true);
  });
});
