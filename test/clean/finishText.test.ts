import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { datelineOf, finishText, hasInvestmentFigure, headlineOf, isMenuLine, keptLines, noiseRuleOf } from '../../src/clean/finishText.js';
import type { CleanedSource } from '../../src/clean/cleanDocument.js';
import { loadTable } from '../../src/rules/ruleTables.js';
import { readDocument } from '../../src/input/readDocument.js';
import { prepareDocument } from '../../src/pipeline.js';
import { seedFiles, SKIP_NOTE } from '../input/sharedDir.js';

const cleaned = (over: Partial<CleanedSource> = {}): CleanedSource => ({
  body: '', title: null, url: null, published: null, publishedSource: null, laterPublished: [], ...over,
});

describe('rule tables: every example triggers its row', () => {
  it.each(loadTable('noise').map((r) => [r.__source, r] as const))('noise %s', (_w, r) => {
    expect(noiseRuleOf(r.example)?.action).toBe(r.action);
    expect(hasInvestmentFigure(r.example) && !['icp', 'copyright'].includes(r.id)).toBe(false);
  });
  it.each(loadTable('navWords').map((r) => [r.__source, r] as const))('navWords %s', (_w, r) => {
    expect(r.example.split(/[\s|·]+/)).toContain(r.word);
    expect(isMenuLine(r.example)).toBe(true);
  });
  it.each(loadTable('figureWords').map((r) => [r.__source, r] as const))('figureWords %s', (_w, r) => {
    expect(r.example).toContain(r.word);
    expect(hasInvestmentFigure(r.example)).toBe(true);
  });
  it.each(loadTable('datelineLabels').map((r) => [r.__source, r] as const))('datelineLabels %s', (_w, r) => {
    expect(r.example.startsWith(r.label)).toBe(true);
    expect(datelineOf(['某区招商引资', `${r.example} 某某网`])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('noise lines', () => {
  it.each([
    '网站首页 | 联系我们',
    '招商引资工作取得突破，全年签约项目17个，总投资193亿元。',
    '关注企业诉求，优化营商环境，今年以来走访企业120家，解决问题56个，企业满意度持续提升。',
    '来源方面，本次签约项目主要来自长三角地区，合计引资超过80亿元，占全部签约额的六成。',
    '记者走访发现',
    '2022年',
    '招商引资,时刻抓在手上。',
  ])('kept: %s', (line) => {
    expect(keptLines(['某区招商引资综述', line, '正文第一段。'.repeat(30)])).toContain(line);
  });
  it.each([
    ['首页 新闻 财经', 'menu'],
    ['• 微笑', 'reaction button'],
    ['[打印本页] [关闭窗口]', 'menu'],
    ['来源:某某日报', 'source line'],
    ['联系电话:0000-1234567 传真:0000-1234568', 'contact'],
    ['京ICP备00000000号-2', 'ICP'],
  ])('dropped: %s (%s)', (line) => {
    expect(keptLines(['某区招商引资综述', line, '正文第一段。'.repeat(30)])).not.toContain(line);
  });
  it('never drops a line with an investment figure, even when it matches a rule', () => {
    const line = '来源:某区今年签约项目12个，总投资30亿元';
    expect(noiseRuleOf(line)).not.toBeNull();
    expect(keptLines(['标题', line, '正文。'.repeat(50)])).toContain(line);
  });
  it('cuts the page header above the last header boundary, but not article text above a late one', () => {
    const header = ['第A01版:要闻', '另一篇文章的标题', '版面导航', '某某新闻网 某某日报', '上一篇 下一篇 2019年12月26日 放大 缩小 默认'];
    const body = ['打造高质量发展新引擎', '今年以来签约项目163个。'];
    expect(keptLines([...header, ...body])).toEqual(body);
    const longAbove = ['这是一段很长的正文，'.repeat(10), '您当前的位置:首页 > 资讯', '正文。'.repeat(60)];
    expect(keptLines(longAbove)).toEqual([longAbove[0], longAbove[2]]);
  });
  it('cuts the footer below a late boundary only', () => {
    const body = Array.from({ length: 10 }, (_, i) => `第${i + 1}段正文，讲述招商引资的做法和成效。`);
    const footer = ['相关新闻', '另一条新闻的标题', '某某网 版权所有'];
    expect(keptLines([...body, ...footer])).toEqual(body);
    // Past the header and before the last 40% of the text, a boundary drops only its own line.
    const long = [...body, ...body, ...body];
    expect(keptLines([...long.slice(0, 16), '相关新闻', ...long.slice(16)])).toEqual(long);
  });
});

describe('dateline', () => {
  it.each([
    [['标题', '2023-04-25 16:17:05 来源: 某区'], '2023-04-25'],
    [['标题', '时间:2014-04-25'], '2014-04-25'],
    [['标题', '发布时间：2021年11月8日 10:00'], '2021-11-08'],
    [['第A01版', '3上一篇 下一篇4 2019年12月26日 放大 缩小 默认'], '2019-12-26'],
    [['2020/05/06', '标题'], '2020-05-06'],
    [['标题', '2019年12月26日 星期四'], '2019-12-26'],
  ])('%j → %s', (lines, day) => expect(datelineOf(lines)).toBe(day));
  it.each([
    [['标题', '某新区8支招商小分队共签约项目56个、签约金额383.6亿元(截至2023年12月20日);发掘项目线索135条。']],
    [['标题', '2023年6月17日,国家级新区迎来重大发展机遇:省委、省政府召开高质量发展大会。']],
    [['标题', '2023年招商引资总目标']],
    [['标题', '时间:2023-02-30']],
    [[...Array.from({ length: 15 }, (_, i) => `第${i}行`), '2023-04-25']],
  ])('none: %j', (lines) => expect(datelineOf(lines)).toBeNull());

  it('trusts the container over the dateline, and the dateline over URL and JSONL dates', () => {
    const text = '标题\n时间:2014-04-25\n正文。';
    expect(finishText(text, cleaned({ published: '2014-04-20', publishedSource: 'meta' }))).toMatchObject({ published: '2014-04-20', publishedSource: 'meta' });
    const later = [{ published: '2014-04-01', source: 'url' as const }, { published: '2014-03-01', source: 'jsonl' as const }];
    expect(finishText(text, cleaned({ laterPublished: later }))).toMatchObject({ published: '2014-04-25', publishedSource: 'dateline' });
    expect(finishText('标题\n正文。', cleaned({ laterPublished: later }))).toMatchObject({ published: '2014-04-01', publishedSource: 'url' });
    expect(finishText('标题\n正文。', cleaned({ laterPublished: later.slice(1) }))).toMatchObject({ published: '2014-03-01', publishedSource: 'jsonl' });
    expect(finishText('标题\n正文。', cleaned())).toMatchObject({ published: null, publishedSource: null });
  });
});

describe('seeds (../shared/seeds): publication dates', () => {
  const expected: Record<string, [string | null, string | null]> = {
    '000': ['2021-11-18', 'front-matter'],
    '001': ['2019-12-26', 'dateline'],
    '002': ['2023-04-25', 'dateline'],
    '003': [null, null],
    '004': ['2014-04-25', 'dateline'],
  };
  const seeds = seedFiles();
  it.skipIf(seeds.length === 0)(`all five ${seeds.length ? '' : SKIP_NOTE}`, () => {
    const got = Object.fromEntries(seeds.map((f) => {
      const d = prepareDocument(readDocument(f));
      return [path.basename(f).slice(0, 3), [d.published, d.publishedSource]];
    }));
    expect(got).toEqual(expected);
  });
});

describe('one long line', () => {
  it('cleans, normalizes and finishes a single 5 MB line', () => {
    const line = '今年以来，全区签约项目12个，总投资30亿元，开工项目8个。'.repeat(180000);
    // No clock: a quadratic pass over 5 MB takes minutes and trips the test timeout.
    const d = prepareDocument({ doc: 'big.txt', kind: 'text', raw: line, encoding: 'utf-8', url: null, published: null, title: null });
    expect(d.text.length).toBe(line.length);
  });
});

describe('headlineOf (page-dump title above the dateline)', () => {
  it.each([
    [['某县招商引资再创新高', '发布日期:2024-01-05 来源:某县融媒体中心', '正文。'], '某县招商引资再创新高'],
    [['首页 > 新闻', '某区签约项目二十个 总投资过百亿', '时间:2023-06-01', '正文。'], '某区签约项目二十个 总投资过百亿'],
    // other articles' headlines higher up in the header are not this page's title
    [['某市召开座谈会', '版面导航', '新闻搜索:', '2019年12月26日 放大 缩小', '正文。'], null],
    // a row of site names is navigation, not a headline
    [['某某新闻网 某某日报 某某晚报', '上一篇 下一篇 2019年12月26日 放大 缩小', '正文。'], null],
    // no dateline in the header: a first paragraph is never taken for a title
    [['某区今年招商引资工作成效明显', '正文第一段。'], null],
  ])('%j → %s', (lines, expected) => {
    expect(headlineOf(lines as string[])).toBe(expected);
  });
});
