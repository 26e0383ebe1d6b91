// Runs our own example text through the extract → assemble stages (no input/clean stages: the
// text is already normalized), the way the CLI does after cleaning.
import type { CleanDocument, FigureRecord } from '../../src/model.js';
import { recordsOf } from '../../src/pipeline.js';

export function docOf(text: string, published = '2023-06-30'): CleanDocument {
  return { doc: 'example', url: null, title: null, published, publishedSource: null, text };
}

export function recordsFor(text: string, opts: { all?: boolean; published?: string } = {}): FigureRecord[] {
  return recordsOf(docOf(text, opts.published), { all: !!opts.all, explain: true });
}

/** `text metric/aspect value` lines, for readable expectations. */
export function brief(records: FigureRecord[]): string[] {
  return records.filter((r) => r.metric !== 'other').map((r) => `${r.text} ${r.metric}/${r.aspect} ${r.value}`);
}
