// Structure → text: HTML to main text, Markdown front matter to metadata. Not normalized yet.
// STUB (foundation): replaced by the clean-stage implementation.
import * as cheerio from 'cheerio';
import type { PublishedSource, SourceDocument } from '../model.js';

export interface CleanedSource {
  /** Main text, paragraphs separated by '\n', not yet normalized. */
  body: string;
  title: string | null;
  url: string | null;
  published: string | null;
  publishedSource: PublishedSource;
}

export function cleanDocument(src: SourceDocument): CleanedSource {
  let body = src.raw;
  if (src.kind === 'html' || /<(p|div|br)\b/i.test(body)) {
    const $ = cheerio.load(body);
    $('script, style, nav, header, footer').remove();
    $('p, div, br, h1, h2, h3, li, tr').each((_, el) => { $(el).append('\n'); });
    body = $.root().text();
  }
  return {
    body,
    title: src.title,
    url: src.url,
    published: src.published,
    publishedSource: src.published ? 'jsonl' : null,
  };
}
