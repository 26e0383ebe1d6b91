// Workers format each document's records (createChunkFormatter) and the main thread places the
// text (RecordFormatter.place): the output must be the bytes batch() writes, in every format. The
// CSV rows are written without csv-stringify now: they must still be the bytes it writes.
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { createChunkFormatter, createFormatter, encodeChunk, type RecordWriterOptions } from '../../src/output/recordWriter.js';
import { RECORD_FIELDS, type FigureRecord } from '../../src/model.js';
import { rec } from './records.js';

const awkward = [
  '', ' ', ',', '"', '""', 'a,b', '他说"好"', 'line\nbreak', 'cr\rhere', 'crlf\r\n', '\t', 'tab\tin', "'", '=1+1', '-5', '，', '“引号”',
];

const docs: FigureRecord[][] = [
  [],
  [rec(), rec({ value: 3.2e22, unit: 'CNY', metric: 'signed.investment', text: '3.2万万亿元' })],
  awkward.map((s, i) => rec({ sentence: s, title: s || null, text: s, start: i, rule: 'r1', explain: s } as Partial<FigureRecord>)),
  [],
  [rec({ value: 1e-7, value_high: 2.5, approx: true as unknown as FigureRecord['approx'], region: null, adcode: null })],
  [rec({ metric: 'signed.investment', unit: 'count', value: 12 }), rec({ metric: 'growth', aspect: 'growth' as FigureRecord['aspect'], unit: 'CNY' })],
];

const optionSets: RecordWriterOptions[] = [];
for (const format of ['csv', 'tsv', 'json', 'jsonl'] as const) {
  optionSets.push({ format }, { format, explain: true }, { format, wide: true }, { format, wide: true, all: true }, { format, fields: ['doc', 'sentence', 'value'] });
}

describe('worker-made chunks placed in order', () => {
  it.each(optionSets.map((o) => [JSON.stringify(o), o] as const))('%s: the same bytes as batch()', (_name, opts) => {
    const direct = createFormatter(opts);
    const expected = direct.header() + docs.map((d) => direct.batch(d)).join('') + direct.footer();
    const chunkOf = createChunkFormatter(opts);
    const placed = createFormatter(opts);
    // What crosses the thread boundary is plain data: a structured clone of each chunk.
    const got = placed.header() + docs.map((d) => placed.place(structuredClone(chunkOf(d)))).join('') + placed.footer();
    expect(got).toBe(expected);
    expect(placed.leftOut()).toBe(direct.leftOut());
    const chunks = docs.map((d) => chunkOf(d));
    expect(chunks.map((c) => c.figures)).toEqual(docs.map((d) => d.length));
  });

  it.each(optionSets.map((o) => [JSON.stringify(o), o] as const))('%s: encoded chunks placed as bytes are the same bytes', (_name, opts) => {
    const direct = createFormatter(opts);
    const expected = Buffer.from(direct.header() + docs.map((d) => direct.batch(d)).join('') + direct.footer(), 'utf8');
    const chunkOf = createChunkFormatter(opts);
    const placed = createFormatter(opts);
    // A worker transfers each chunk's buffer: it must be a buffer of its own, not a slice of a pool.
    const encoded = docs.map((d) => encodeChunk(chunkOf(d)));
    for (const c of encoded) expect(c.bytes.byteLength).toBe(c.bytes.buffer.byteLength);
    const parts = [Buffer.from(placed.header()), ...encoded.map((c) => placed.placeBytes(structuredClone(c))), Buffer.from(placed.footer())];
    expect(Buffer.concat(parts).equals(expected)).toBe(true);
    expect(placed.leftOut()).toBe(direct.leftOut());
  });

  it('JSON: no comma before the first row, even when the first documents have none', () => {
    const f = createFormatter({ format: 'json' });
    const chunkOf = createChunkFormatter({ format: 'json' });
    const out = f.header() + [[], [rec()], [], [rec(), rec()]].map((d) => f.place(chunkOf(d))).join('') + f.footer();
    expect(JSON.parse(out)).toHaveLength(3);
    expect(out.startsWith('[\n{')).toBe(true);
  });
});

describe('CSV rows without csv-stringify', () => {
  it('quote and escape every cell exactly as csv-stringify does', () => {
    const f = createFormatter({ format: 'csv', explain: true });
    const records = awkward.map((s) => rec({ sentence: s, title: s || null, text: s, rule: s, explain: s } as Partial<FigureRecord>));
    const cols = [...RECORD_FIELDS, 'rule', 'explain'];
    const expected = stringify([cols]) + stringify(records.map((r) => cols.map((c) => {
      const v = (r as unknown as Record<string, unknown>)[c];
      return v == null ? '' : typeof v === 'number' ? String(v) : String(v);
    })));
    expect(f.header() + f.batch(records)).toBe(expected);
  });

  it('random strings of the characters that matter give csv-stringify bytes', () => {
    const alphabet = ['a', '"', ',', '\n', '\r', ' ', '\t', '中', "'", '='];
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const strings = Array.from({ length: 300 }, () => Array.from({ length: Math.floor(rand() * 8) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
    const f = createFormatter({ format: 'csv', fields: ['doc', 'sentence'] });
    const records = strings.map((s) => rec({ doc: s, sentence: s }));
    expect(f.batch(records)).toBe(stringify(strings.map((s) => [s, s])));
  });
});
