// The pool's close(): it must not end its threads under a task they are still running. A destroyed
// pool rejects such a task, and a task queued behind it in the same thread may still answer
// afterwards, which piscina reports as "Unexpected message from Worker" (once seen after a fatal
// --rules error with --jobs 2, exit 1 instead of 2). (Workers run the built dist/ copy.)
import { describe, expect, it } from 'vitest';
import { createExtractPool } from '../../src/parallel/extractPool.js';
import type { ExtractReply, ExtractTask } from '../../src/parallel/extractTask.js';

/** A document that takes a worker a noticeable time (1,500 repeats of a sentence), so close() comes while it runs. */
function slowTask(i: number): ExtractTask {
  const text = `今年1-10月，全区累计签约亿元以上项目${i + 3}个，总投资147.2亿元。`.repeat(1500);
  return { source: { doc: `slow-${i}.txt`, kind: 'text', raw: text, encoding: 'utf-8', url: null, published: null, title: null } };
}

describe('createExtractPool', () => {
  it('close() waits for the tasks still running (two a thread), which then answer with their results', async () => {
    const pool = createExtractPool(1, { rulesDirs: [], options: {} });
    const tasks = [pool.run(slowTask(0)), pool.runBatch([slowTask(1), slowTask(2)])];
    const settled = Promise.allSettled(tasks);
    await pool.close();
    const [one, batch] = await settled;
    expect(one.status).toBe('fulfilled');
    expect(batch.status).toBe('fulfilled');
    const replies = [(one as PromiseFulfilledResult<ExtractReply>).value, ...(batch as PromiseFulfilledResult<ExtractReply[]>).value];
    expect(replies.map((r) => ('result' in r ? r.result.doc : r))).toEqual(['slow-0.txt', 'slow-1.txt', 'slow-2.txt']);
    for (const r of replies) expect('result' in r && r.result.records.length).toBeGreaterThan(0);
  });
});
