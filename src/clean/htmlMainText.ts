// HTML page → the article's text (paragraphs one a line) and its metadata, with cheerio.
// Furniture goes first (scripts, navigation, footers, elements whose class/id says sidebar, share,
// comment…: src/rules/boilerplateNames.tsv); then a small readability-style scorer picks the block
// whose paragraphs hold the most Chinese text outside links. Tree walks are iterative: a page
// nested 10,000 deep must not overflow the stack.
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { loadTable, type RuleRow } from '../rules/ruleTables.js';
import { cstDayOf } from './calendarDays.js';

// cheerio's entry loads undici too (for its fromURL), ~0.1 s of the ~0.16 s it takes to load: a
// worker or a one-file run over text and Markdown never needs either, so it is loaded on the first page.
let cheerio: typeof Cheerio | null = null;
function cheerioLib(): typeof Cheerio {
  cheerio ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio;
  return cheerio;
}

export interface HtmlExtract {
  /** Main text, one block a line, not normalized. */
  body: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

// Elements that never hold article text.
const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'nav', 'header', 'footer', 'form', 'aside', 'template', 'svg', 'canvas',
  'object', 'embed', 'select', 'button', 'textarea', 'input', 'map', 'audio', 'video',
]);

// Elements that end a line (a <br> too). Table cells are separated by a space instead.
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'tbody',
  'thead', 'tfoot', 'section', 'article', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center',
  'caption', 'body', 'html', 'header', 'footer', 'nav', 'aside', 'form', 'fieldset', 'legend', 'details', 'summary',
]);
const CELL_TAGS = new Set(['td', 'th']);

// Metadata names (meta name/property/itemprop, lower case) that carry the publication time, most
// specific first.
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date',
  'publishtime', 'og:release_date', 'release_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dc.date', 'dcterms.created', 'date', 'article:modified_time',
];

/** One HTML page → main text and metadata. */
export function htmlMainText(html: string): HtmlExtract {
  const $ = cheerioLib().load(shallowHtml(html));
  const page = pageIndexOf($.root()[0] as AnyNode);
  const headline = headlineOf($, page);
  const title = titleOf($, page, headline);
  const published = publishedOf($, page);
  const url = canonicalUrlOf(page);
  $(page.junk).remove();
  const root = (page.byTag.get('body')?.[0] ?? $.root()[0]) as AnyNode;
  const stats = textStatsOf(root);
  removeBoilerplate($, elementsUnder($.root()[0] as AnyNode, hasNameAttributes), stats);
  const main = mainElementOf(root, stats) ?? root;
  return { body: withHeadline(textOf(main), headline), title, published, url };
}

/**
 * The article's headline as the first line, like a page dump, when the main block left it out
 * (it often sits in a header above the text). Headlines carry figures too ("…去年签约383亿元").
 */
export function withHeadline(body: string, headline: string | null): string {
  if (!headline) return body;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const h = squash(headline);
  const firstLines = body.split('\n', 3).map(squash);
  if (firstLines.some((l) => l.includes(h))) return body;
  return body ? `${headline}\n${body}` : headline;
}

type Doc = Cheerio.CheerioAPI;

/**
 * The elements the metadata readers ask for, found in one walk of the page in document order (as
 * a selector query returns them). A query per reader walked the whole tree again each time: a
 * page nested 10,000 deep spent a third of its cleaning time in cheerio's selector engine.
 */
interface PageIndex {
  /** Elements by tag name (`meta`, `title`, `h1`, …). */
  byTag: Map<string, Element[]>;
  /** `time[datetime], [itemprop="datePublished"]`. */
  dated: Element[];
  /** `h1, h2`. */
  headings: Element[];
  /** The elements never holding article text (JUNK_TAGS). */
  junk: Element[];
}

/** Elements under (and including) root in document order, those `keep` accepts. Iterative: no stack overflow. */
function elementsUnder(root: AnyNode, keep: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) && keep(n)) out.push(n);
    const kids = (n as Element).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

function pageIndexOf(root: AnyNode): PageIndex {
  const byTag = new Map<string, Element[]>();
  const dated: Element[] = [];
  const junk: Element[] = [];
  const headings: Element[] = [];
  elementsUnder(root, (el) => {
    let list = byTag.get(el.name);
    if (!list) byTag.set(el.name, (list = []));
    list.push(el);
    if ((el.name === 'time' && hasAttribute(el, 'datetime')) || attr(el, 'itemprop') === 'datePublished') dated.push(el);
    if (JUNK_TAGS.has(el.name)) junk.push(el);
    if (el.name === 'h1' || el.name === 'h2') headings.push(el);
    return false;
  });
  return { byTag, dated, headings, junk };
}

const tagged = (page: PageIndex, name: string): Element[] => page.byTag.get(name) ?? [];

/** As a CSS `[name]` test: the attribute is there, whatever its value. */
function hasAttribute(el: Element, name: string): boolean {
  return el.attribs != null && Object.prototype.hasOwnProperty.call(el.attribs, name) && el.attribs[name] != null;
}

/** `[class], [id], [role]`: the elements whose names removeBoilerplate reads. */
const hasNameAttributes = (el: Element): boolean => hasAttribute(el, 'class') || hasAttribute(el, 'id') || hasAttribute(el, 'role');

function attr(el: AnyNode, name: string): string {
  return (el as Element).attribs?.[name] ?? '';
}

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** The article title: its headline when found, else og:title, else <title> (site suffix and all), else <h1>. */
function titleOf($: Doc, page: PageIndex, headline: string | null): string | null {
  return headline ?? (ogTitleOf(page) || textOfFirst($, page, 'title') || textOfFirst($, page, 'h1') || null);
}

/** `meta[property="og:title"], meta[name="og:title"]`: the first one's content. */
function ogTitleOf(page: PageIndex): string {
  const el = tagged(page, 'meta').find((m) => attr(m, 'property') === 'og:title' || attr(m, 'name') === 'og:title');
  return (el?.attribs.content ?? '').replace(/\s+/g, ' ').trim();
}

function textOfFirst($: Doc, page: PageIndex, tag: string): string {
  const el = tagged(page, tag)[0];
  return el ? $(el).text().replace(/\s+/g, ' ').trim() : '';
}

/**
 * The headline as the page shows it: an <h1>/<h2> whose text the og:title or <title> repeats
 * (`新竹尖石_美樹營地賞楓 (2)` in `新竹尖石_美樹營地賞楓 (2) @ 某某的家 :: 痞客邦 ::`), preferring one the
 * title starts with, then the longest; an <h1> is often the site logo, which the title repeats too.
 * Falls back to og:title. Null when neither exists.
 */
function headlineOf($: Doc, page: PageIndex): string | null {
  const og = ogTitleOf(page);
  const full = og || textOfFirst($, page, 'title');
  let best: { text: string; rank: number } | null = null;
  for (const el of page.headings.slice(0, 12)) {
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (text.length < 4 || !full.includes(text)) continue;
    const rank = (full.startsWith(text) ? 1000 : 0) + text.length;
    if (!best || rank > best.rank) best = { text, rank };
  }
  return best?.text ?? (og || null);
}

function publishedOf($: Doc, page: PageIndex): string | null {
  const byName = new Map<string, string>();
  for (const el of tagged(page, 'meta')) {
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
    const content = attr(el, 'content');
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  for (const key of PUBLISHED_META) {
    const day = cstDayOf(byName.get(key));
    if (day) return day;
  }
  for (const el of page.dated) {
    const day = cstDayOf(attr(el, 'datetime') || attr(el, 'content') || $(el).text());
    if (day) return day;
  }
  return null;
}

function canonicalUrlOf(page: PageIndex): string | null {
  // `rel` compares without case, as a CSS attribute selector does for it in HTML.
  const link = tagged(page, 'link').find((el) => attr(el, 'rel').toLowerCase() === 'canonical');
  const og = tagged(page, 'meta').find((el) => attr(el, 'property') === 'og:url');
  const href = link?.attribs.href?.trim() || og?.attribs.content?.trim();
  return href && /^https?:\/\//i.test(href) ? href : null;
}

interface Stats {
  /** CJK characters in the element's subtree, outside links. */
  text: Map<AnyNode, number>;
  /** CJK characters in the element's subtree inside links. */
  link: Map<AnyNode, number>;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

function cjkCount(s: string): number {
  return s.match(CJK)?.length ?? 0;
}

/** Per element: Chinese characters outside and inside links, summed bottom-up without recursion. */
function textStatsOf(root: AnyNode): Stats {
  const text = new Map<AnyNode, number>();
  const link = new Map<AnyNode, number>();
  const order: AnyNode[] = [];
  const inLink = new Set<AnyNode>();
  const stack: Array<{ n: AnyNode; linked: boolean }> = [{ n: root, linked: false }];
  while (stack.length) {
    const { n, linked } = stack.pop()!;
    order.push(n);
    if (linked) inLink.add(n);
    const kids = (n as Element).children;
    const kidsLinked = linked || (isElement(n) && n.name === 'a');
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], linked: kidsLinked });
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    let t = 0;
    let l = 0;
    if (n.type === 'text') {
      const c = cjkCount((n as unknown as { data: string }).data);
      if (inLink.has(n)) l = c;
      else t = c;
    } else {
      for (const k of (n as Element).children ?? []) {
        t += text.get(k) ?? 0;
        l += link.get(k) ?? 0;
      }
    }
    text.set(n, t);
    link.set(n, l);
  }
  return { text, link };
}

interface NameRules {
  drop: string[];
  keep: string[];
}

let nameRules: NameRules | null = null;

export function boilerplateNameRules(): NameRules {
  if (nameRules) return nameRules;
  const rows = loadTable('boilerplateNames', validateNameRow);
  nameRules = {
    drop: rows.filter((r) => r.role === 'drop').map((r) => r.word.toLowerCase()),
    keep: rows.filter((r) => r.role === 'keep').map((r) => r.word.toLowerCase()),
  };
  return nameRules;
}

function validateNameRow(r: RuleRow): string | null {
  if (!/^[a-z0-9]+$/i.test(r.word ?? '')) return 'word must be ASCII letters or digits';
  if (r.role !== 'drop' && r.role !== 'keep') return 'role must be drop or keep';
  return null;
}

/** Lower-case tokens of a class/id value: `topNav main_menu-2` → top, nav, main, menu, 2. */
export function nameTokensOf(value: string): string[] {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** 'drop' when a class/id value names page furniture, 'mixed' when it also names the article, else null. */
export function boilerplateVerdictOf(value: string): 'drop' | 'mixed' | null {
  const tokens = nameTokensOf(value);
  const { drop, keep } = boilerplateNameRules();
  const hits = (words: string[]): boolean =>
    tokens.some((t) => words.some((w) => t === w || (t.length > w.length && (t.startsWith(w) || t.endsWith(w)))));
  if (!hits(drop)) return null;
  return hits(keep) ? 'mixed' : 'drop';
}

function removeBoilerplate($: Doc, named: Element[], stats: Stats): void {
  for (const el of named) {
    if (!el.parent) continue; // inside something already removed
    const name = (el as Element).name;
    if (name === 'body' || name === 'html' || name === 'article' || name === 'main') continue;
    const role = attr(el, 'role').toLowerCase();
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') {
      $(el).remove();
      continue;
    }
    const verdict = boilerplateVerdictOf(`${attr(el, 'class')} ${attr(el, 'id')}`);
    if (verdict === null) continue;
    const t = stats.text.get(el) ?? 0;
    const l = stats.link.get(el) ?? 0;
    // "mixed" names (main-nav, article-related) go only when they are mostly links.
    if (verdict === 'drop' || l > t) $(el).remove();
  }
}

const PARAGRAPH_TAGS = new Set(['p', 'div', 'td', 'pre', 'section', 'blockquote', 'li', 'article', 'font', 'span']);

/**
 * The element holding the article: each paragraph-like block gives its own Chinese text (outside
 * links, not counting nested blocks) to its parent and half to its grandparent; the best-scored
 * element wins, widened to an enclosing <article>/articleBody when there is one close above.
 */
function mainElementOf(root: AnyNode, stats: Stats): AnyNode | null {
  const score = new Map<AnyNode, number>();
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const kids = (n as Element).children;
    if (!kids) continue;
    for (const k of kids) stack.push(k);
    if (!isElement(n) || !PARAGRAPH_TAGS.has(n.name)) continue;
    const own = ownTextOf(n, stats);
    if (own < 10) continue;
    const parent = n.parent as AnyNode | null;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + own);
    const grand = parent?.parent as AnyNode | null;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + own / 2);
  }
  let best: AnyNode | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || bestScore < 20) return null;
  let up: AnyNode | null = best;
  for (let i = 0; i < 3 && up; i++, up = up.parent as AnyNode | null) {
    if (isElement(up) && (up.name === 'article' || attr(up, 'itemprop') === 'articleBody')) return up;
  }
  return best;
}

/** Chinese characters directly in an element's text and inline children, not in nested blocks or links. */
function ownTextOf(el: Element, stats: Stats): number {
  let own = 0;
  for (const k of el.children) {
    if (isElement(k) && (BLOCK_TAGS.has(k.name) || CELL_TAGS.has(k.name))) continue;
    own += stats.text.get(k) ?? 0;
  }
  return own;
}

/** Visible text, one block a line; source line breaks inside a paragraph are spaces. */
export function textOf(root: AnyNode): string {
  const out: string[] = [];
  type Step = { n: AnyNode; pre: boolean } | { close: string };
  const stack: Step[] = [{ n: root, pre: false }];
  while (stack.length) {
    const s = stack.pop()!;
    if ('close' in s) {
      out.push(s.close);
      continue;
    }
    const { n, pre } = s;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      out.push(pre ? data : data.replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (n.type === 'comment' || n.type === 'directive') continue;
    const el = n as Element;
    if (!el.children) continue;
    const name = isElement(el) ? el.name : '';
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    const sep = BLOCK_TAGS.has(name) ? '\n' : CELL_TAGS.has(name) ? ' ' : '';
    if (sep) {
      out.push(sep);
      stack.push({ close: sep });
    }
    const kidsPre = pre || name === 'pre';
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ n: el.children[i], pre: kidsPre });
  }
  return out.join('').split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).filter(Boolean).join('\n');
}

// ---- nesting depth ------------------------------------------------------------------------------
// The HTML5 tree builder checks element scopes by walking the stack of open elements, and cheerio's
// selectors keep their own stack of the path: both cost the nesting depth per tag, so a page nested
// 100,000 deep (`<div>` a crawler met a million times) takes minutes. Browsers cap the tree depth
// (Blink at 512); so do we, before parsing: start tags below MAX_DEPTH open elements are dropped, a
// block tag becoming a line break so the text keeps its lines. Pages that stay shallower are parsed
// exactly as written.

/** Open elements allowed before further start tags are dropped. */
export const MAX_DEPTH = 256;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame']);
// Content that is text up to its end tag: markup inside does not nest.
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
// Start tags that close an open element of the same name (`<p>a<p>b`, `<li>a<li>b`).
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
// How far down the stack an end tag looks for its element; a stray end tag closes nothing.
const END_TAG_REACH = 64;

/**
 * The page with its element nesting capped at MAX_DEPTH (estimated by a linear scan of the tags;
 * implied end tags of `<p>`/`<li>` and friends are honoured, stray end tags ignored). The same
 * string when nothing is that deep.
 */
export function shallowHtml(html: string): string {
  if (html.length < MAX_DEPTH * 3) return html; // not enough tags to be too deep
  const open: Array<{ name: string; kept: boolean }> = [];
  const out: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, by: string) => {
    out.push(html.slice(copied, from), by);
    copied = to;
  };
  let gt = -2; // the next '>' at or after the current tag: searched forward only
  for (let i = html.indexOf('<'); i !== -1 && i < html.length; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    const name = /^<(\/?)([A-Za-z][^\s/>]{0,40})/.exec(html.slice(i, i + 44));
    if (gt !== -1 && gt < i) gt = html.indexOf('>', i);
    if (gt === -1) break; // no tag can close any more
    if (!name) {
      i++;
      continue;
    }
    const tag = name[2].toLowerCase();
    const end = gt + 1;
    if (name[1]) {
      let k = open.length - 1;
      while (k >= 0 && open.length - k <= END_TAG_REACH && open[k].name !== tag) k--;
      if (k >= 0 && open[k].name === tag) {
        if (!open[k].kept) replace(i, end, BLOCK_TAGS.has(tag) ? '<br>' : '');
        open.length = k;
      }
      i = end;
      continue;
    }
    if (RAW_TEXT_TAGS.has(tag)) {
      const close = new RegExp(`</${tag}`, 'ig');
      close.lastIndex = end;
      const m = close.exec(html);
      if (!m) break;
      i = m.index;
      continue;
    }
    const start = i;
    i = end;
    if (VOID_TAGS.has(tag)) continue;
    const top = open[open.length - 1];
    if (top && (top.name === tag ? SELF_CLOSING_SIBLINGS.has(tag) : top.name === 'p' && BLOCK_TAGS.has(tag))) open.pop();
    const kept = open.length < MAX_DEPTH;
    if (!kept) replace(start, end, BLOCK_TAGS.has(tag) ? '<br>' : '');
    open.push({ name: tag, kept });
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
