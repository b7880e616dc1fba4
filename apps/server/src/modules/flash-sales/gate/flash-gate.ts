import type { SaleRow } from '../flash-sales.repository';

/** `go`: try the order; `seen`: this request id came before (answer with its order). */
export type GateVerdict = 'go' | 'seen' | 'sold_out' | 'limit';

/**
 * What stands in front of the order transaction. Both strategies leave the decision to PostgreSQL (the
 * conditional UPDATE of `flash_sales.units_left` and the guarded per-buyer upsert, in the order's
 * transaction); they differ in how much of a buy storm reaches it. PostgreSQL only: one cheap read turns
 * away a sold-out sale. Scale-out: a Redis script takes the units and the buyer's quota first, so only
 * as many buyers as there are units go on to PostgreSQL.
 */
export interface FlashGate {
  readonly name: 'postgres' | 'redis';
  /** The sale is committed: make it buyable (seed any state kept outside PostgreSQL). */
  open(sale: SaleRow): Promise<void>;
  enter(sale: SaleRow, userId: string, requestId: string, quantity: number): Promise<GateVerdict>;
  /** After `go`, the order was not made: undo exactly what `enter` took. */
  leave(saleId: string, userId: string, requestId: string, quantity: number): Promise<void>;
  /** An order's units came back to the sale (it was cancelled unpaid). */
  giveBack(saleId: string, userId: string, quantity: number): Promise<void>;
  /** The sale is over and settled. */
  close(saleId: string): Promise<void>;
}

export const FLASH_GATE = Symbol('FLASH_GATE');
