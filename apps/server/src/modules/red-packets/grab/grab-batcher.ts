type Waiter<I, O> = { item: I; resolve: (out: O | null) => void; reject: (error: unknown) => void };

const MAX_BATCH = 200;

/**
 * Group commit for one hot packet: while a batch statement is in flight, new requests wait; the next
 * statement serves all of them at once. Under load that turns one commit per grabber into one per
 * batch; when idle, a lone grabber goes straight through. If a batch fails (say, a user grabbing through
 * another instance at the same moment), its requests are retried one by one so one conflict hurts no one.
 */
export class GrabBatcher<I, O> {
  private readonly waiting = new Map<string, Array<Waiter<I, O>>>();
  private readonly running = new Set<string>();

  constructor(
    /** Distinct items by key; the result maps keys of winners to their outcome. */
    private readonly keyOf: (item: I) => string,
    private readonly takeBatch: (packetId: string, items: I[]) => Promise<Map<string, O>>,
    private readonly takeOne: (packetId: string, item: I) => Promise<O | null>,
  ) {}

  submit(packetId: string, item: I): Promise<O | null> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(packetId) ?? [];
      queue.push({ item, resolve, reject });
      this.waiting.set(packetId, queue);
      if (!this.running.has(packetId)) void this.drain(packetId);
    });
  }

  private async drain(packetId: string): Promise<void> {
    this.running.add(packetId);
    try {
      for (;;) {
        const queue = this.waiting.get(packetId) ?? [];
        if (queue.length === 0) break;
        await this.serve(packetId, queue.splice(0, MAX_BATCH));
      }
    } finally {
      this.running.delete(packetId);
      this.waiting.delete(packetId);
    }
  }

  private async serve(packetId: string, batch: Array<Waiter<I, O>>): Promise<void> {
    const distinct = [...new Map(batch.map((w) => [this.keyOf(w.item), w.item])).values()];
    try {
      const out = await this.takeBatch(packetId, distinct);
      // A user who fired twice in one batch gets the same answer twice; the caller sorts out "already".
      for (const w of batch) w.resolve(out.get(this.keyOf(w.item)) ?? null);
    } catch {
      for (const w of batch) await this.takeOne(packetId, w.item).then(w.resolve, w.reject);
    }
  }
}
