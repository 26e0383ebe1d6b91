// Line-level cleaning on normalized text: drop page-dump noise lines, find a dateline.
// STUB (foundation): replaced by the clean-stage implementation.
import type { PublishedSource } from '../model.js';
import type { CleanedSource } from './cleanDocument.js';

export interface FinishedText {
  text: string;
  published: string | null;
  publishedSource: PublishedSource;
}

export function finishText(normalized: string, cleaned: CleanedSource): FinishedText {
  const text = normalized.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  return { text, published: cleaned.published, publishedSource: cleaned.publishedSource };
}
