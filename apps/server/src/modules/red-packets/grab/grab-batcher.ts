type Waiter<I, O> = { item: I; resolve: (out: O | null) => void; reject: (error: unknown) => void };
type Settled<O> = { ok: true; out: Map<string, O> } | { ok: false };

const MAX_BATCH = 200;

/**
 * Group commit for one hot packet: while a batch statement is in flight, new requests wait; the next
 * statement serves all of them at once. Under load that turns one commit per grabber into one per
 * batch; when idle, a lone grabber goes straight through. If a batch fails (say, a user grabbing through
 * another instance at the same moment), its requests are retried one by one so one conflict hurts no one.
 *
 * When a batch comes back, the next one is sent before the finished one is answered: writing a hundred
 * responses takes the server several milliseconds, and the database would sit idle for the packet
 * meanwhile. Statements for one packet still run one after another (each locks the packet row).
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
      let batch = this.next(packetId);
      let inFlight = this.send(packetId, batch);
      for (;;) {
        const settled = await inFlight;
        const following = this.next(packetId);
        if (following.length > 0) {
          inFlight = this.send(packetId, following);
          // Let the statement reach the socket before the answers below take the event loop.
          await new Promise((resolve) => setImmediate(resolve));
        }
        await this.answer(packetId, batch, settled);
        if (following.length === 0) {
          // Whoever came while we answered: checked and started in the same turn, so nobody is left
          // in a queue that no drain is watching.
          batch = this.next(packetId);
          if (batch.length === 0) break;
          inFlight = this.send(packetId, batch);
        } else {
          batch = following;
        }
      }
    } finally {
      this.running.delete(packetId);
      this.waiting.delete(packetId);
    }
  }

  private next(packetId: string): Array<Waiter<I, O>> {
    return (this.waiting.get(packetId) ?? []).splice(0, MAX_BATCH);
  }

  private send(packetId: string, batch: Array<Waiter<I, O>>): Promise<Settled<O>> {
    const distinct = [...new Map(batch.map((w) => [this.keyOf(w.item), w.item])).values()];
    return this.takeBatch(packetId, distinct).then(
      (out) => ({ ok: true, out }),
      () => ({ ok: false }),
    );
  }

  private async answer(packetId: string, batch: Array<Waiter<I, O>>, settled: Settled<O>): Promise<void> {
    if (settled.ok) {
      // A user who fired twice in one batch gets the same answer twice; the caller sorts out "already".
      for (const w of batch) w.resolve(settled.out.get(this.keyOf(w.item)) ?? null);
      return;
    }
    for (const w of batch) await this.takeOne(packetId, w.item).then(w.resolve, w.reject);
  }
}
