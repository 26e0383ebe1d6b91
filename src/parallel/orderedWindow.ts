// Results in input order, at most `size` in flight. Tasks finish in any order on the pool; a
// result is handed on only when every earlier one has been, and the driver starts a new task only
// while the window is not full, so memory is bounded by the window, not by the corpus.
//   const w = new OrderedWindow<R>(8);
//   for (const t of tasks) { w.add(run(t)); while (w.full) emit(await w.next()); }
//   while (w.inFlight > 0) emit(await w.next());

export class OrderedWindow<R> {
  private readonly pending: Promise<R>[] = [];

  constructor(readonly size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`window size must be a whole number ≥ 1, got ${size}`);
  }

  get inFlight(): number {
    return this.pending.length;
  }

  get full(): boolean {
    return this.pending.length >= this.size;
  }

  /** Adds a started task at the end of the order. */
  add(task: Promise<R>): void {
    // A task that fails while earlier ones are pending must not count as an unhandled rejection;
    // its rejection is still seen by next(), at its turn.
    task.catch(() => {});
    this.pending.push(task);
  }

  /** The oldest task's result (a rejection rejects here); throws when nothing is in flight. */
  async next(): Promise<R> {
    const head = this.pending.shift();
    if (head === undefined) throw new RangeError('nothing in flight');
    return await head;
  }

  /** Settles when the oldest task has finished (either way), without taking it; undefined when none is in flight. */
  headDone(): Promise<void> | undefined {
    const head = this.pending[0];
    return head?.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets every outstanding task (after --fail-fast or an error): their results are dropped. */
  abandon(): void {
    this.pending.length = 0;
  }
}
