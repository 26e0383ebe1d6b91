// Structure → text: HTML to main text, front matter to metadata, Markdown markup dropped; plain
// page dumps keep their lines. Not normalized yet (normalize/ runs next, finishText after it).
//
// Publication date trust order (SCHEMA): front matter, meta tags, dateline, URL date, JSONL
// `published`. The first two are decided here; the dateline is found by finishText on the
// normalized text, which then falls back to `laterPublished` in order.
import type { PublishedSource, SourceDocument } from '../model.js';
import { cstDayOf, dateOfUrl } from './calendarDays.js';
import { fieldOf, frontMatterOf } from './frontMatter.js';
import { htmlMainText } from './htmlMainText.js';
import { markdownText } from './markdownText.js';

export interface CleanedSource {
  /** Main text, paragraphs separated by '\n', not yet normalized. */
  body: string;
  title: string | null;
  url: string | null;
  /** From the container itself (front matter or HTML meta), else null. */
  published: string | null;
  publishedSource: PublishedSource;
  /** Less trusted than a dateline: the URL's date, then the JSONL `published` field. */
  laterPublished: Array<{ published: string; source: PublishedSource }>;
}

const FRONT_MATTER_DATE_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'created', 'created_at'] as const;
const FRONT_MATTER_URL_KEYS = ['url', 'link', 'source_url', 'canonical', 'permalink'] as const;

export function cleanDocument(src: SourceDocument): CleanedSource {
  let body = src.raw.replace(/^\uFEFF/, '');
  let title = src.title;
  let url = src.url;
  let published: string | null = null;
  let publishedSource: PublishedSource = null;

  const fm = src.kind === 'html' ? null : frontMatterOf(body);
  if (fm) {
    body = fm.body;
    title ??= fieldOf(fm, ['title']);
    const link = fieldOf(fm, FRONT_MATTER_URL_KEYS);
    if (link && /^https?:\/\//i.test(link)) url ??= link;
    published = cstDayOf(fieldOf(fm, FRONT_MATTER_DATE_KEYS));
    if (published) publishedSource = 'front-matter';
  }

  if (src.kind === 'html' || looksLikeHtml(body)) {
    const page = htmlMainText(body);
    body = page.body;
    title ??= page.title;
    url ??= page.url;
    if (!published && page.published) {
      published = page.published;
      publishedSource = 'meta';
    }
  } else if (src.kind === 'markdown') {
    body = markdownText(body);
  }

  const laterPublished: CleanedSource['laterPublished'] = [];
  const urlDay = dateOfUrl(url);
  if (urlDay) laterPublished.push({ published: urlDay, source: 'url' });
  if (src.published) laterPublished.push({ published: src.published, source: 'jsonl' });
  return { body, title, url, published, publishedSource, laterPublished };
}

// A text body that is really markup: starts with a tag, or holds several block tags early on
// (`---` front matter followed by `<div><p>…`).
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20000);
  if (/^\s*<(?:!doctype|html|head|body|div|p|article|section|table|span|h[1-6]|ul|center|font)\b/i.test(head)) return true;
  const tags = head.match(/<(?:p|div|br|table|tr|td|li|h[1-6]|article|section)\b[^<>]{0,200}>/gi);
  return (tags?.length ?? 0) >= 3;
}
