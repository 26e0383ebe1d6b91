import { describe, expect, it } from 'vitest';
import { cleanDocument, looksLikeHtml } from '../../src/clean/cleanDocument.js';
import type { SourceDocument } from '../../src/model.js';

const src = (raw: string, over: Partial<SourceDocument> = {}): SourceDocument => ({
  doc: 'a.txt', kind: 'text', raw, encoding: 'utf-8', url: null, published: null, title: null, ...over,
});

describe('cleanDocument', () => {
  it('front matter, then an HTML body through the HTML cleaner', () => {
    const c = cleanDocument(src("---\ntitle: '某区招商'\nlink: https://example.cn/2020/0102/a.html\ndate: Thu, 18 Nov 2021 08:50:53 GMT\n---\n<div>\n<p>第一段。</p><p>第二段。</p>\n</div>", { kind: 'markdown' }));
    expect(c).toMatchObject({
      body: '第一段。\n第二段。', title: '某区招商', url: 'https://example.cn/2020/0102/a.html',
      published: '2021-11-18', publishedSource: 'front-matter',
      laterPublished: [{ published: '2020-01-02', source: 'url' }],
    });
  });
  it('a page dump keeps its lines', () => {
    expect(cleanDocument(src('首页 > 新闻\n\n  标题\n正文 < 3 个')).body).toBe('首页 > 新闻\n\n  标题\n正文 < 3 个');
  });
  it('Markdown markup goes', () => {
    expect(cleanDocument(src('# 标题\n**签约**项目3个', { kind: 'markdown', doc: 'a.md' })).body).toBe('标题\n签约项目3个');
  });
  it('JSONL metadata: given title and url win; the URL date comes before the JSONL date', () => {
    const c = cleanDocument(src('<html><head><title>页面标题</title><link rel="canonical" href="https://x.cn/b"></head><body><p>正文。</p></body></html>', {
      kind: 'html', title: '给定标题', url: 'http://x.cn/2019-03/14/c_1.htm', published: '2019-03-20',
    }));
    expect(c).toMatchObject({ title: '给定标题', url: 'http://x.cn/2019-03/14/c_1.htm', published: null });
    expect(c.laterPublished).toEqual([{ published: '2019-03-14', source: 'url' }, { published: '2019-03-20', source: 'jsonl' }]);
  });
  it('meta published in an HTML page', () => {
    const c = cleanDocument(src('<html><head><meta name="pubdate" content="2023-04-25 16:17"></head><body><p>正文。</p></body></html>', { kind: 'html' }));
    expect(c).toMatchObject({ published: '2023-04-25', publishedSource: 'meta' });
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<div><p>正文</p></div>', true],
    ['  <p>正文</p>', true],
    ['标题\n<p>一</p>\n<p>二</p>\n<br>', true],
    ['正文里提到 <p> 标签一次', false],
    ['1<2 且 3>2', false],
  ])('%j → %s', (text, yes) => expect(looksLikeHtml(text)).toBe(yes));
});
