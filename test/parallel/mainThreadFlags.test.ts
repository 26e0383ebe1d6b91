// The main thread starts with a small young generation (bin/zhaoshang.js's first line, listed in
// src/cli/nodeFlags.ts); the pool's workers must not inherit it (extractPool resets the flag).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MAIN_THREAD_NODE_FLAGS } from '../../src/cli/nodeFlags.js';

const bin = path.resolve('bin/zhaoshang.js');

/**
 * Run in a Node started with MAIN_THREAD_NODE_FLAGS: a plain worker that allocates ~90 MB of short-
 * lived objects reports its new space (MB), started before the first extract pool and after it.
 */
const probe = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
const { createExtractPool } = await import(${JSON.stringify(path.resolve('dist/src/parallel/extractPool.js'))});
const src = "const v8=require('v8');let keep=[];for(let i=0;i<3e6;i++){keep.push({i});if(keep.length>2e5)keep=[];}" +
  "require('worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((s)=>s.space_name==='new_space').space_size/1048576)";
const newSpaceOfAWorker = () => new Promise((resolve) => {
  const w = new Worker(src, { eval: true, execArgv: [] });
  w.once('message', (mb) => { void w.terminate(); resolve(mb); });
});
const before = await newSpaceOfAWorker();
const pool = createExtractPool(1, { rulesDirs: [], options: {} });
const after = await newSpaceOfAWorker();
await pool.close();
console.log(JSON.stringify({ before, after }));
`;

describe("the main thread's node flags", () => {
  it('are what bin/zhaoshang.js starts node with', () => {
    const first = fs.readFileSync(bin, 'utf8').split('\n')[0];
    expect(first).toBe(`#!/usr/bin/env -S node ${MAIN_THREAD_NODE_FLAGS.join(' ')}`);
  });

  it('are what `npm run hostile` starts node with (it times what the command runs on one article)', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.hostile).toBe(`node ${MAIN_THREAD_NODE_FLAGS.join(' ')} dist/scripts/hostile.js`);
  });

  it('let the binary run as a program (its first line works)', () => {
    const r = spawnSync(bin, ['extract', 'fixtures/articles/01_count_then_amount.txt', '--format', 'jsonl', '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });

  it('do not reach the workers of a pool: a worker started after the first pool has a young generation of its own', () => {
    const r = spawnSync(process.execPath, [...MAIN_THREAD_NODE_FLAGS, '--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { before, after } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { before: number; after: number };
    // Semi-spaces of N MB cap a new space at 2N MB; V8's own cap for a worker here is 32 MB.
    const cap = 2 * Number(/--max-semi-space-size=(\d+)/.exec(MAIN_THREAD_NODE_FLAGS.join(' '))![1]);
    expect(before).toBeLessThanOrEqual(cap);
    expect(after).toBeGreaterThan(cap);
  });
});
