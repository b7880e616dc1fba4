import type { FlashSalesRepository, SaleRow } from '../flash-sales.repository';
import type { FlashGate, GateVerdict } from './flash-gate';

/**
 * PostgreSQL only: nothing is kept elsewhere. One read of three indexed rows answers a retried request, a buyer
 * at their limit and a sold-out sale without a transaction; everyone else goes on to the conditional UPDATE, which decides.
 */
export class PostgresFlashGate implements FlashGate {
  readonly name = 'postgres' as const;

  constructor(private readonly sales: FlashSalesRepository) {}

  async open(): Promise<void> {}

  async enter(sale: SaleRow, userId: string, requestId: string, quantity: number): Promise<GateVerdict> {
    const { seen, unitsLeft, held } = await this.sales.preflight(sale.id, userId, requestId);
    if (seen) return 'seen';
    // The same order of refusals as the Redis script: the buyer's quota, then the units.
    if (held + quantity > sale.perUserLimit) return 'limit';
    return unitsLeft >= quantity ? 'go' : 'sold_out';
  }

  async leave(): Promise<void> {}

  async giveBack(): Promise<void> {}

  async close(): Promise<void> {}
}
