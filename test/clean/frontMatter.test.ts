import { describe, expect, it } from 'vitest';
import { frontMatterOf } from '../../src/clean/frontMatter.js';
import { markdownText } from '../../src/clean/markdownText.js';

describe('frontMatterOf', () => {
  it('reads flat keys, unquotes values, skips list values', () => {
    const fm = frontMatterOf("---\ntitle: '某区''密集''招商'\ncategories: \n - 新媒体\n - 分类\ntags: [a, b]\nurl: \"https://example.cn/a\"\ndate: Thu, 18 Nov 2021 08:50:53 GMT\n---\n\n<div><p>正文</p></div>\n");
    expect(fm).not.toBeNull();
    expect(Object.fromEntries(fm!.fields)).toEqual({
      title: "某区'密集'招商",
      url: 'https://example.cn/a',
      date: 'Thu, 18 Nov 2021 08:50:53 GMT',
    });
    expect(fm!.body.trim()).toBe('<div><p>正文</p></div>');
  });
  it.each([
    ['no front matter', '正文\n---\ntitle: x\n---'],
    ['never closed', '---\ntitle: x\n正文'],
    ['a rule line, not front matter', '---\n这是一段正文，不是键值。\n---\n'],
  ])('none: %s', (_name, text) => expect(frontMatterOf(text)).toBeNull());
});

describe('markdownText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownText('# 标题\n\n**今年**签约[项目](http://x.cn)3个\n![图注](a.png)\n- 开工2个\n> 引用\n---\n| 指标 | 数值 |\n|---|---|\n| 签约 | 3个 |')).toBe(
      '标题\n\n今年签约项目3个\n图注\n开工2个\n引用\n指标 数值\n签约 3个',
    );
  });
  it('leaves asterisks and numbers that are not markup', () => {
    expect(markdownText('增长3*2倍 2023. 年底')).toBe('增长3*2倍 2023. 年底');
  });
});
