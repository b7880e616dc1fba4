import type { SaleRow } from './flash-sales.repository';

const FRESH_MS = 1000;

/**
 * The sale's fixed terms (price, window, limit, SKU) for the hot path, read from PostgreSQL at most once a
 * second per sale and instance: a buy storm must not become a storm of reads. Nothing here decides a
 * unit — a stale `stopped`/`units left` only changes which refusal a buyer gets.
 */
export class SaleCache {
  private readonly entries = new Map<string, { sale: Promise<SaleRow | null>; at: number }>();

  constructor(private readonly load: (id: string) => Promise<SaleRow | null>) {}

  get(id: string, now = Date.now()): Promise<SaleRow | null> {
    const hit = this.entries.get(id);
    if (hit && now - hit.at < FRESH_MS) return hit.sale;
    const sale = this.load(id);
    sale.catch(() => this.entries.delete(id));
    this.entries.set(id, { sale, at: now });
    if (this.entries.size > 1000) this.entries.delete(this.entries.keys().next().value as string);
    return sale;
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
