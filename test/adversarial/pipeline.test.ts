// Issue 5: the whole pipeline (prepareDocument → find* → assembleRecords) on random and hostile
// documents: records point at the normalized text, carry SCHEMA's ids and formats, and come out the
// same twice. The hostile kinds of scripts/hostile.ts run here small; the benchmark runs them at 1 MB.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractRecords, prepareDocument, recordsOf } from '../../src/pipeline.js';
import { hostileKinds, sourceOf as hostileSource } from '../../scripts/hostile.js';
import { DAY_FORMAT, RUNS, expectRecords, hostileText, htmlText, someText, sourceOf } from './arbitraries.js';

const kinds = fc.constantFrom('text' as const, 'markdown' as const, 'html' as const);
const published = fc.constantFrom<string | null>('2021-11-18', '2024-02-29', null);

describe('extractRecords', () => {
  it('records are slices of the normalized text with SCHEMA ids, finite values and periods; deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(someText(400), hostileText), kinds, published, fc.boolean(), (raw, kind, pub, all) => {
        const src = sourceOf(raw, kind, pub);
        const doc = prepareDocument(src);
        if (doc.published !== null) expect(doc.published).toMatch(DAY_FORMAT);
        const records = recordsOf(doc, { all });
        expectRecords(doc.text, records);
        expect(extractRecords(src, { all })).toEqual(records);
      }),
      RUNS(50),
    );
  });

  it('same on HTML pages: nested thousands deep, huge attributes, tag soup', () => {
    fc.assert(
      fc.property(htmlText, (raw) => {
        const doc = prepareDocument(sourceOf(raw, 'html'));
        const records = recordsOf(doc, { all: true, explain: true });
        expectRecords(doc.text, records);
        expect(recordsOf(prepareDocument(sourceOf(raw, 'html')), { all: true, explain: true })).toEqual(records);
      }),
      RUNS(40),
    );
  });

  it('--published overrides every date found in the document', () => {
    fc.assert(
      fc.property(someText(200), (raw) => {
        const doc = prepareDocument(sourceOf(raw), { published: '2022-05-06' });
        expect(doc.published).toBe('2022-05-06');
        expect(doc.publishedSource).toBe('cli');
      }),
      RUNS(30),
    );
  });
});

describe('hostile kinds of scripts/hostile.ts, 8 KB each', () => {
  // Small enough that a superlinear stage still finishes quickly here; scripts/hostile.ts times 1 MB.
  it.each(hostileKinds().map((k) => [k.name, k] as const))('%s: no throw, valid records, deterministic', (_name, k) => {
    const raw = k.build(8 * 1024);
    const doc = prepareDocument(hostileSource(k.name, k.kind, raw));
    const records = recordsOf(doc, { all: true });
    expectRecords(doc.text, records);
    expect(recordsOf(doc, { all: true })).toEqual(records);
  });
});

describe('cleaning and normalizing 1 MB of hostile text', () => {
  // No clock here (timing is `npm run hostile`'s job): catastrophic backtracking or a quadratic tree
  // walk on a megabyte takes minutes and trips the test timeout (vitest.config.ts), which is the guard.
  it.each(hostileKinds().map((k) => [k.name, k] as const))('%s: prepareDocument finishes, never adds text', (_name, k) => {
    const raw = k.build(1024 * 1024);
    const doc = prepareDocument(hostileSource(k.name, k.kind, raw));
    expect(doc.text.length).toBeLessThanOrEqual(raw.length);
  });
});
