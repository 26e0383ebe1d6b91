// The pool must not change what a run gives: same documents, same records, same order, same
// failures, with --all, --explain, --published and --rules honoured in the workers. (The workers run
// the built dist/ copy of the pipeline: `npx tsc -p .` first, as `npm test` does.)
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runExtraction, type DocumentResult, type RunOptions } from '../../src/cli/runExtraction.js';
import { extractInParallel, type ParallelOptions } from '../../src/parallel/extractInParallel.js';
import type { InputFailure } from '../../src/input/collectPaths.js';
import { ZhaoshangError } from '../../src/model.js';
import { setExtraRulesDirs } from '../../src/rules/ruleTables.js';
import { createFormatter } from '../../src/output/recordWriter.js';

const FIXTURES = path.resolve('fixtures/articles');

async function collect(run: typeof runExtraction, paths: string[], opts: ParallelOptions) {
  const docs: DocumentResult[] = [];
  const failures: InputFailure[] = [];
  const summary = await run(paths, opts as RunOptions, { onDocument: (r) => { docs.push(r); }, onFailure: (f) => failures.push(f) });
  return { docs, failures, summary };
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zs-parallel-'));
}

describe('extractInParallel', () => {
  it('gives exactly what the sequential run gives, in input order (--all --explain --published)', async () => {
    const opts = { all: true, explain: true, published: '2023-06-30' };
    const seq = await collect(runExtraction, [FIXTURES], opts);
    // A small window makes documents finish out of order and wait for earlier ones.
    const par = await collect(extractInParallel, [FIXTURES], { ...opts, jobs: 2, window: 3 });
    expect(par.docs.map((d) => d.doc)).toEqual(seq.docs.map((d) => d.doc));
    expect(par.docs).toEqual(seq.docs);
    expect(par.summary.read).toBe(seq.summary.read);
    expect(par.summary.figures).toBe(seq.summary.figures);
    expect(par.docs.every((d) => d.records.every((r) => r.published === '2023-06-30'))).toBe(true);
    expect(par.docs.some((d) => d.records.some((r) => r.rule !== undefined))).toBe(true);
  });

  it('names failures in input order among the documents, as the sequential run does', async () => {
    const dir = tmpDir();
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
    for (const n of names) fs.copyFileSync(path.join(FIXTURES, fs.readdirSync(FIXTURES)[0]), path.join(dir, n));
    fs.writeFileSync(path.join(dir, 'b.txt'), '签约项目3个。'.repeat(200)); // over --max-bytes below
    const paths = [dir, path.join(dir, 'missing.txt')];
    const seq = await collect(runExtraction, paths, { maxBytes: 2000 });
    const par = await collect(extractInParallel, paths, { maxBytes: 2000, jobs: 2, window: 2 });
    expect(par.failures).toEqual(seq.failures);
    expect(par.failures.map((f) => path.basename(f.doc))).toEqual(['missing.txt', 'b.txt']);
    expect(par.docs).toEqual(seq.docs);
  });

  it('stops where the sequential run stops with --fail-fast', async () => {
    const dir = tmpDir();
    const src = path.join(FIXTURES, fs.readdirSync(FIXTURES)[0]);
    for (const n of ['1.txt', '2.txt', '4.txt', '5.txt', '6.txt']) fs.copyFileSync(src, path.join(dir, n));
    fs.writeFileSync(path.join(dir, '3.txt'), 'x'.repeat(5000));
    const seq = await collect(runExtraction, [dir], { maxBytes: 4000, failFast: true });
    const par = await collect(extractInParallel, [dir], { maxBytes: 4000, failFast: true, jobs: 2, window: 4 });
    expect(par.summary.stopped).toBe(true);
    expect(par.docs.map((d) => path.basename(d.doc))).toEqual(['1.txt', '2.txt']);
    expect(par.docs).toEqual(seq.docs);
  });

  it('reads JSON lines in the main thread and keeps their order and duplicate-id failures', async () => {
    const dir = tmpDir();
    const texts = fs.readdirSync(FIXTURES).slice(0, 5).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
    const lines = texts.map((text, i) => JSON.stringify({ id: `doc${i}`, published: '2022-05-01', text }));
    lines.splice(3, 0, JSON.stringify({ id: 'doc1', text: '签约项目3个。' }));
    fs.writeFileSync(path.join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const seq = await collect(runExtraction, [dir], { all: true });
    const par = await collect(extractInParallel, [dir], { all: true, jobs: 2, window: 2 });
    expect(par.docs).toEqual(seq.docs);
    expect(par.failures).toEqual(seq.failures);
    expect(par.failures).toHaveLength(1);
  });

  it('gives the workers the --rules folders (a width rule changes the normalized text)', async () => {
    const rules = tmpDir();
    // widthRules.tsv exists built in; a row here maps 招 to 抬 in every worker's normalizer.
    fs.writeFileSync(path.join(rules, 'widthRules.tsv'), 'char\tto\texample\twhy\n招\t抬\t招商\ttest only\n');
    const opts = { withText: true, jobs: 2, window: 2, rulesDirs: [rules] };
    const par = await collect(extractInParallel, [FIXTURES], opts);
    const texts = par.docs.map((d) => d.text ?? '');
    expect(texts.some((t) => t.includes('抬商'))).toBe(true);
    expect(texts.some((t) => t.includes('招'))).toBe(false);
  });

  it('stops the run with a rules error (exit 2) when a --rules table is bad, as the sequential run does', async () => {
    const rules = tmpDir();
    fs.writeFileSync(path.join(rules, 'widthRules.tsv'), 'wrong\theader\n招\t抬\n');
    const run = extractInParallel([FIXTURES], { jobs: 2, rulesDirs: [rules] }, { onDocument: () => {} });
    await expect(run).rejects.toBeInstanceOf(ZhaoshangError);
    await expect(run).rejects.toMatchObject({ code: 'rules' });
  });

  it('uses the --rules folders already set in this thread when none are passed', async () => {
    const rules = tmpDir();
    fs.writeFileSync(path.join(rules, 'widthRules.tsv'), 'wrong\theader\n');
    setExtraRulesDirs([rules]);
    try {
      await expect(extractInParallel([FIXTURES], { jobs: 2 }, { onDocument: () => {} })).rejects.toMatchObject({ code: 'rules' });
    } finally {
      setExtraRulesDirs([]);
    }
  });
});

describe('extractInParallel with several documents a task', () => {
  /** Articles with read failures (over --max-bytes, read in the workers) among them, and a missing path. */
  function mixedFolder(): string[] {
    const dir = tmpDir();
    const src = fs.readdirSync(FIXTURES).slice(0, 9);
    src.forEach((f, i) => fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, `${String(i).padStart(2, '0')}.txt`)));
    for (const bad of ['01.txt', '05.txt', '06.txt']) fs.writeFileSync(path.join(dir, bad), '签约项目3个。'.repeat(2000));
    return [dir, path.join(dir, 'missing.txt')];
  }

  const shapes = [[1, 2], [2, 3], [3, 2], [5, 2], [4, 7], [3, 64], [16, 64]] as const;
  it.each(shapes)('batch %i, window %i: the documents and failures of the sequential run, in its order', async (batch, window) => {
    const paths = mixedFolder();
    const opts = { all: true, explain: true, maxBytes: 20_000 };
    const seq = await collect(runExtraction, paths, opts);
    const par = await collect(extractInParallel, paths, { ...opts, jobs: 2, batch, window });
    expect(seq.failures.map((f) => path.basename(f.doc))).toEqual(['missing.txt', '01.txt', '05.txt', '06.txt']);
    expect(par.failures).toEqual(seq.failures);
    expect(par.docs).toEqual(seq.docs);
    expect(par.summary.read).toBe(seq.summary.read);
    expect(par.summary.figures).toBe(seq.summary.figures);
  });

  it.each([[3, 2], [3, 8]] as const)('batch %i, window %i: --fail-fast stops at the same document', async (batch, window) => {
    const paths = mixedFolder();
    const seq = await collect(runExtraction, [paths[0]], { maxBytes: 20_000, failFast: true });
    const par = await collect(extractInParallel, [paths[0]], { maxBytes: 20_000, failFast: true, jobs: 2, batch, window });
    expect(par.summary.stopped).toBe(true);
    expect(par.docs.map((d) => path.basename(d.doc))).toEqual(['00.txt']);
    expect(par.docs).toEqual(seq.docs);
    expect(par.failures).toEqual(seq.failures);
  });

  it.each([[3, 2], [3, 5], [4, 64]] as const)('batch %i, window %i: JSON lines with duplicate ids between batched documents', async (batch, window) => {
    const dir = tmpDir();
    const texts = fs.readdirSync(FIXTURES).slice(0, 7).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
    const lines = texts.map((text, i) => JSON.stringify({ id: `doc${i}`, published: '2022-05-01', text }));
    // Failures found in this thread, among documents still gathered for a batch.
    lines.splice(2, 0, JSON.stringify({ id: 'doc0', text: '签约项目3个。' }));
    lines.splice(5, 0, JSON.stringify({ id: 'doc1', text: '签约项目4个。' }), JSON.stringify({ id: 'doc2', text: '签约项目5个。' }));
    fs.writeFileSync(path.join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const seq = await collect(runExtraction, [dir], { all: true });
    const par = await collect(extractInParallel, [dir], { all: true, jobs: 2, batch, window });
    expect(par.docs).toEqual(seq.docs);
    expect(par.failures).toEqual(seq.failures);
    expect(par.failures).toHaveLength(3);
  });

  it('workers format the documents of a batch as bytes of their own, placed in order as the sequential text', async () => {
    const format = { format: 'json' as const, explain: true };
    const seqFormatter = createFormatter(format);
    let expected = seqFormatter.header();
    await runExtraction([FIXTURES], { all: true, explain: true }, { onDocument: (r) => { expected += seqFormatter.batch(r.records); } });
    expected += seqFormatter.footer();
    const f = createFormatter(format);
    const parts: Buffer[] = [Buffer.from(f.header())];
    const buffers = new Set<ArrayBufferLike>();
    await extractInParallel([FIXTURES], { all: true, explain: true, jobs: 2, batch: 3, window: 5, format }, {
      onDocument: (r) => {
        expect(r.records).toEqual([]);
        if (!r.output) throw new Error('no output from the worker');
        if (r.output.bytes.byteLength > 0) {
          expect(buffers.has(r.output.bytes.buffer)).toBe(false);
          buffers.add(r.output.bytes.buffer);
        }
        parts.push(Buffer.from(f.placeBytes(r.output)));
      },
    });
    parts.push(Buffer.from(f.footer()));
    expect(Buffer.concat(parts).toString('utf8')).toBe(expected);
  });
});
