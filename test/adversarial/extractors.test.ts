// Issue 5: every stage on random and hostile strings. No throw, offsets that point at their text,
// values finite, ids from SCHEMA's sets, periods in SCHEMA's formats, and the same answer twice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/normalize/normalizeText.js';
import { cleanDocument } from '../../src/clean/cleanDocument.js';
import { finishText } from '../../src/clean/finishText.js';
import { findNumbers } from '../../src/extract/findNumbers.js';
import { findPeriods } from '../../src/extract/findPeriods.js';
import { findRegions } from '../../src/extract/findRegions.js';
import { layoutOf, type Span } from '../../src/extract/textLayout.js';
import {
  DAY_FORMAT, RUNS, anyText, expectNumbers, expectPeriods, expectRegions, hostileText, htmlText, numberHeavyText,
  someText, sourceOf,
} from './arbitraries.js';

/** What extractors read: text that went through normalizeText, as in the pipeline. */
const normalized = (arb: fc.Arbitrary<string>) => arb.map(normalizeText);
const references = fc.constantFrom<string | null>('2021-11-18', '2000-02-29', '2023-12-31', null);

describe('normalizeText', () => {
  it('one tidy text form: no CR, no empty or padded lines, no double spaces; deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(someText(300), hostileText), (s) => {
        const n = normalizeText(s);
        expect(n).not.toMatch(/\r/);
        for (const line of n ? n.split('\n') : []) {
          expect(line.length > 0 && line === line.trim()).toBe(true);
          expect(line).not.toMatch(/[ \t]{2}/);
        }
        expect(normalizeText(s)).toBe(n);
      }),
      RUNS(150),
    );
  });

  it('is idempotent: normalizing normalized text changes nothing', () => {
    fc.assert(
      fc.property(someText(300), (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
      }),
      RUNS(150),
    );
  });
});

describe('cleanDocument', () => {
  it('text and Markdown: no throw; a body, a day or null; deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(someText(300), hostileText, someText(100).map((t) => `---\ntitle: ${t}\ndate: ${t}\n---\n${t}`)), fc.constantFrom('text', 'markdown' as const), (raw, kind) => {
        const c = cleanDocument(sourceOf(raw, kind));
        expect(typeof c.body).toBe('string');
        if (c.published !== null) expect(c.published).toMatch(DAY_FORMAT);
        for (const l of c.laterPublished) expect(l.published).toMatch(DAY_FORMAT);
        expect(cleanDocument(sourceOf(raw, kind))).toEqual(c);
      }),
      RUNS(100),
    );
  });

  it('HTML (nested thousands deep, huge attributes, tag soup): no throw; a body, a day or null; deterministic', () => {
    fc.assert(
      fc.property(htmlText, (raw) => {
        const c = cleanDocument(sourceOf(raw, 'html'));
        expect(typeof c.body).toBe('string');
        if (c.published !== null) expect(c.published).toMatch(DAY_FORMAT);
        if (c.url !== null) expect(c.url).toMatch(/^https?:\/\//i);
        expect(cleanDocument(sourceOf(raw, 'html'))).toEqual(c);
      }),
      RUNS(60),
    );
  });

  it('HTML nested 10,000 deep keeps its text', () => {
    const raw = `<html><body>${'<div>'.repeat(10_000)}<p>今年签约项目3个，总投资5亿元。</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(cleanDocument(sourceOf(raw, 'html')).body).toContain('今年签约项目3个，总投资5亿元。');
  });
});

describe('finishText', () => {
  it('keeps a subsequence of the normalized lines and finds a day or null; deterministic', () => {
    fc.assert(
      fc.property(normalized(fc.oneof(someText(400), hostileText)), fc.constantFrom<string | null>(null, '2021-11-18'), (text, later) => {
        const cleaned = {
          body: text, title: null, url: null, published: null, publishedSource: null,
          laterPublished: later ? [{ published: later, source: 'jsonl' as const }] : [],
        };
        const f = finishText(text, cleaned);
        const lines = text.split('\n');
        let i = 0;
        for (const kept of f.text ? f.text.split('\n') : []) {
          while (i < lines.length && lines[i] !== kept) i++;
          expect(i < lines.length, `kept line ${JSON.stringify(kept)} is an input line, in order`).toBe(true);
          i++;
        }
        if (f.published !== null) expect(f.published).toMatch(DAY_FORMAT);
        expect(finishText(text, cleaned)).toEqual(f);
      }),
      RUNS(100),
    );
  });
});

describe('findNumbers', () => {
  it('sorted, non-overlapping mentions whose text is their slice; finite values; known units', () => {
    fc.assert(
      fc.property(normalized(fc.oneof(someText(300), hostileText)), (text) => {
        const numbers = findNumbers(text);
        expectNumbers(text, numbers);
        expect(findNumbers(text)).toEqual(numbers);
      }),
      RUNS(80),
    );
  });

  it('also on raw, unnormalized strings (lone surrogates, control characters)', () => {
    fc.assert(fc.property(anyText(300), (text) => expectNumbers(text, findNumbers(text))), RUNS(100));
  });
});

describe('findPeriods', () => {
  it('mentions whose text is their slice; periods in SCHEMA formats or null; deterministic', () => {
    fc.assert(
      fc.property(normalized(fc.oneof(someText(300), hostileText)), references, (text, ref) => {
        const periods = findPeriods(text, ref);
        expectPeriods(text, periods);
        expect(findPeriods(text, ref)).toEqual(periods);
      }),
      RUNS(200),
    );
  });
});

describe('findRegions', () => {
  it('mentions whose text is their slice; known levels; six-digit adcodes; deterministic', () => {
    fc.assert(
      fc.property(normalized(fc.oneof(someText(300), hostileText)), (text) => {
        const regions = findRegions(text);
        expectRegions(text, regions);
        expect(findRegions(text)).toEqual(regions);
      }),
      RUNS(150),
    );
  });
});

describe('layoutOf', () => {
  const expectSpans = (text: string, spans: Span[], outer: Span[], what: string) => {
    let last = -1;
    for (const s of spans) {
      expect(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what} ${s.start}-${s.end} in bounds, non-empty`).toBe(true);
      expect(s.start >= last, `${what} sorted and disjoint`).toBe(true);
      last = s.end;
      expect(/\s/.test(text[s.start]) || /\s/.test(text[s.end - 1]), `${what} trimmed`).toBe(false);
      expect(outer.some((o) => o.start <= s.start && s.end <= o.end), `${what} ${s.start}-${s.end} inside its container`).toBe(true);
    }
  };

  it('paragraphs ⊇ sentences ⊇ clauses: sorted, disjoint, trimmed, covering every non-space character', () => {
    fc.assert(
      fc.property(fc.oneof(normalized(fc.oneof(numberHeavyText(300), hostileText)), anyText(200)), (text) => {
        const l = layoutOf(text);
        const whole = [{ start: 0, end: text.length }];
        expectSpans(text, l.paragraphs, whole, 'paragraph');
        expectSpans(text, l.sentences, l.paragraphs, 'sentence');
        expectSpans(text, l.clauses, l.sentences, 'clause');
        for (const p of l.paragraphs) expect(text.slice(p.start, p.end)).not.toContain('\n');
        const covered = new Uint8Array(text.length);
        for (const s of l.sentences) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) expect(covered[i], `character ${i} in a sentence`).toBe(1);
        expect(layoutOf(text)).toEqual(l);
      }),
      RUNS(150),
    );
  });
});
