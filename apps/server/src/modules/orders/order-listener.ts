import type { EntityManager } from 'typeorm';
import type { OrderRow, RefundRow } from './orders.repository';

/**
 * What another feature (coupons, group buys, flash sales, invites…) does when an order moves. Each hook
 * runs inside the transaction that moved the order, after the move, so its own changes commit or roll
 * back with it and happen exactly once. Hooks check `order.source` themselves.
 */
export interface OrderListener {
  /** The order is now paid (`order` is the row as it was before: still `pending_payment` or `cancelled`). */
  paid?(m: EntityManager, order: OrderRow): Promise<void>;
  /** The order is now cancelled: unpaid (timeout, buyer) or paid and refunded whole (`activity_failed`). */
  cancelled?(m: EntityManager, order: OrderRow): Promise<void>;
  /** A refund was carried out; `order` is read after it, so `refundedFen === totalFen` means refunded in full. */
  refunded?(m: EntityManager, order: OrderRow, refund: RefundRow): Promise<void>;
  /** The shop shipped it (`order` is read after the move: carrier and tracking number set). */
  shipped?(m: EntityManager, order: OrderRow): Promise<void>;
  /** The buyer confirmed receipt: the order is completed and the shop paid (`order` as it was before). */
  completed?(m: EntityManager, order: OrderRow): Promise<void>;
  /** Whether the shop may ship it yet (a group buy waits for its group). */
  shippable?(order: OrderRow): Promise<boolean>;
}
