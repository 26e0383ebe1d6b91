import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { boilerplateVerdictOf, htmlMainText, nameTokensOf } from '../../src/clean/htmlMainText.js';
import { loadTable } from '../../src/rules/ruleTables.js';
import { readDocument } from '../../src/input/readDocument.js';
import { prepareDocument } from '../../src/pipeline.js';
import { normalizeText } from '../../src/normalize/normalizeText.js';
import { sharedPath, SKIP_NOTE } from '../input/sharedDir.js';

const ARTICLE = '今年以来，全区累计签约亿元以上项目29个，总投资147.2亿元。这是一段足够长的正文，用来让评分器认出正文所在的块。';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('boilerplateNames.tsv: every example gets the verdict of its role', () => {
  const rows = loadTable('boilerplateNames');
  it.each(rows.map((r) => [r.__source, r] as const))('%s', (_where, r) => {
    expect(nameTokensOf(r.example).some((t) => t.includes(r.word.toLowerCase()))).toBe(true);
    expect(boilerplateVerdictOf(r.example)).toBe(r.role === 'drop' ? 'drop' : r.role === 'keep' && boilerplateVerdictOf(r.example) === null ? null : 'mixed');
  });
  it.each(['canvas', 'unavailable', 'navigator-free', 'leading', 'xcontentx'])('no furniture word in %s', (name) => {
    expect(boilerplateVerdictOf(name) === 'drop' && !/^nav/.test(name)).toBe(false);
  });
  it('splits class values into tokens', () => {
    expect(nameTokensOf('topNav main_menu-2 TRS_Editor')).toEqual(['top', 'nav', 'main', 'menu', '2', 'trs', 'editor']);
  });
});

describe('htmlMainText', () => {
  it('takes the article block and leaves menus, scripts, sidebars and footers', () => {
    const html = page(
      `<div id="topnav"><a href="/">首页</a> <a href="/a">新闻中心</a></div>
       <script>var x = { a: function() {} };</script><style>p { color: red }</style>
       <div class="main"><div class="article-body"><p>${ARTICLE}</p><p>第二段：开工项目12个，
       计划总投资30亿元。</p><div class="share-bar">分享到微信朋友圈</div></div>
       <div class="sidebar"><p>热门文章排行榜的文字也很长很长很长很长很长很长很长很长很长很长</p></div></div>
       <div class="footer">版权所有 某某网</div>`,
      '<title>某区招商_某某网</title><meta property="og:title" content="某区招商引资成效显著"><meta property="article:published_time" content="2021-11-18T20:50:53Z"><link rel="canonical" href="https://example.cn/a/2019-03/14/c_1.htm">',
    );
    const r = htmlMainText(html);
    expect(r.body).toBe(`某区招商引资成效显著\n${ARTICLE}\n第二段：开工项目12个， 计划总投资30亿元。`);
    expect(r.title).toBe('某区招商引资成效显著');
    expect(r.published).toBe('2021-11-19');
    expect(r.url).toBe('https://example.cn/a/2019-03/14/c_1.htm');
  });

  it('ends a line at block elements and <br>, not at source line breaks', () => {
    const r = htmlMainText(page(`<article><h2>小标题</h2><p>签约项目3个，<br>开工项目2个。</p><table><tr><td>签约</td><td>3个</td></tr></table><p>一句话\n分两行写\n在源码里，但仍然是同一个段落。</p></article>`));
    expect(r.body.split('\n')).toEqual(['小标题', '签约项目3个，', '开工项目2个。', '签约 3个', '一句话 分两行写 在源码里，但仍然是同一个段落。']);
  });

  it.each([
    ['<h1> repeated by <title>', '<title>某区招商引资成效显著_某某网</title>', '<h1>某某网</h1><h1>某区招商引资成效显著</h1>', '某区招商引资成效显著'],
    ['<h2> that starts og:title', '<meta property="og:title" content="某区招商 (2) @ 某某的家 :: 某某博客 ::">', '<h1>某某博客</h1><h1>某某的家</h1><h2>某区招商 (2)</h2>', '某区招商 (2)'],
    ['<title> when no og:title or matching <h1>', '<title>某区招商_某某网</title>', '<h1>网站</h1>', '某区招商_某某网'],
    ['<h1> when there is no <title>', '', '<h1>只有一级标题</h1>', '只有一级标题'],
  ])('title from %s', (_name, head, h1, title) => {
    expect(htmlMainText(page(`${h1}<p>${ARTICLE}</p>`, head)).title).toBe(title);
  });

  it.each([
    ['<meta name="pubdate">', '<meta name="PubDate" content="2023-04-25 16:17:05">', '', '2023-04-25'],
    ['<meta name="publishdate">', '<meta name="publishdate" content="2017-03-10">', '', '2017-03-10'],
    ['<meta property="og:release_date">', '<meta property="og:release_date" content="2020-01-02T00:10:00+08:00">', '', '2020-01-02'],
    ['<time datetime>', '', '<time datetime="2021-11-18T20:50:53Z">昨天</time>', '2021-11-19'],
    ['nothing', '<meta name="keywords" content="2021-11-18">', '', null],
  ])('published from %s', (_name, head, body, day) => {
    expect(htmlMainText(page(`${body}<p>${ARTICLE}</p>`, head)).published).toBe(day);
  });

  it('keeps the text of a page nested 10,000 deep, without overflowing the stack', () => {
    const html = page(`${'<div>'.repeat(10000)}<p>${ARTICLE}</p>${'</div>'.repeat(10000)}`);
    expect(htmlMainText(html).body).toBe(ARTICLE);
  });

  it('falls back to the whole body when no block has enough text', () => {
    expect(htmlMainText(page('<span>签约3个</span>')).body).toBe('签约3个');
  });
});

describe('real pages (../shared/html-pages)', () => {
  const dir = sharedPath('html-pages');
  const navWordsOf: Record<string, string[]> = {
    gmw: ['光明网首页', '网站地图', '您想去哪里', '光明报系', '手机光明网'],
    qq: ['腾讯首页', '全部频道', '企鹅智酷', '无障碍说明'],
    pixnet: ['痞客邦', '熱門文章', '热门文章', '文章分類', '文章分类'],
  };
  const squash = (s: string) => normalizeText(s).replace(/\s+/g, '');
  for (const name of ['gmw', 'qq', 'pixnet']) {
    it.skipIf(!dir)(`${name}: the article, no script or navigation ${dir ? '' : SKIP_NOTE}`, () => {
      const file = path.join(dir!, name, 'source.html');
      const meta = JSON.parse(fs.readFileSync(path.join(dir!, name, 'expected-metadata.json'), 'utf8')) as { excerpt: string; title: string };
      const doc = prepareDocument(readDocument(file));
      expect(squash(doc.text)).toContain(squash(meta.excerpt));
      for (const code of ['function(', 'var ', '{', '}', 'document.write', '$(']) expect(doc.text).not.toContain(code);
      for (const nav of navWordsOf[name]) expect(doc.text).not.toContain(nav);
      expect(doc.title).not.toBeNull();
      expect(squash(meta.title)).toContain(squash(doc.title!));
    });
  }
});
