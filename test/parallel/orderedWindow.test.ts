import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OrderedWindow } from '../../src/parallel/orderedWindow.js';

const after = <T>(ms: number, v: T): Promise<T> => new Promise((res) => setTimeout(() => res(v), ms));

/** The driver pattern extractInParallel uses: add, settle the oldest while full, drain at the end. */
async function drive(delays: number[], size: number): Promise<{ out: number[]; maxInFlight: number }> {
  const w = new OrderedWindow<number>(size);
  const out: number[] = [];
  let maxInFlight = 0;
  for (const [i, d] of delays.entries()) {
    w.add(after(d, i));
    maxInFlight = Math.max(maxInFlight, w.inFlight);
    while (w.full) out.push(await w.next());
  }
  while (w.inFlight > 0) out.push(await w.next());
  return { out, maxInFlight };
}

describe('OrderedWindow', () => {
  it('hands results on in input order, whatever order tasks finish in, never more than `size` in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, size) => {
        const { out, maxInFlight } = await drive(delays, size);
        expect(out).toEqual(delays.map((_, i) => i));
        expect(maxInFlight).toBeLessThanOrEqual(size);
      }),
      { numRuns: 40 },
    );
  });

  it('rejects at the failed task’s turn, not before the earlier ones, and without an unhandled rejection', async () => {
    const w = new OrderedWindow<number>(4);
    w.add(after(5, 0));
    w.add(Promise.reject(new Error('boom')));
    w.add(after(1, 2));
    await expect(w.next()).resolves.toBe(0);
    await expect(w.next()).rejects.toThrow('boom');
    await expect(w.next()).resolves.toBe(2);
  });

  it('forgets outstanding tasks on abandon, and refuses a size below 1', async () => {
    const w = new OrderedWindow<number>(2);
    w.add(after(1, 1));
    w.abandon();
    expect(w.inFlight).toBe(0);
    await expect(w.next()).rejects.toThrow('nothing in flight');
    expect(() => new OrderedWindow(0)).toThrow(RangeError);
  });
});
