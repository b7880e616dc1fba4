import { Client } from 'pg';
import type { SoakGoods } from './soak-shoppers';

export interface SoakBooks {
  packets: number;
  packetsFunded: number;
  grabbed: number;
  refunded: number;
  /** Packets still open, or whose grabs + refund differ from what was put in, or with money left in escrow. */
  packetsOff: string[];
  ledgerSum: number;
  walletsOutOfStepWithLedger: number;
  orders: number;
  paidOrders: number;
  /** SKUs below zero, or whose stock left + units in live orders differ from the stock at the start. */
  skusOff: string[];
  balanced: boolean;
}

/**
 * The books after the run, from the database itself: every packet's money is in grabs or came back to
 * the merchant, the ledger sums to zero and every wallet equals its entries, and no SKU sold more than
 * it had.
 */
export async function checkBooks(databaseUrl: string, packetIds: string[], goods: SoakGoods[]): Promise<SoakBooks> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: packets } = await db.query(
      `SELECT p.id, p.status, p.total_amount::bigint AS total,
              COALESCE((SELECT sum(g.amount) FROM red_packet_grabs g WHERE g.packet_id = p.id), 0)::bigint AS grabbed,
              COALESCE((SELECT sum(e.delta) FROM ledger_entries e WHERE e.reason = 'red_packet_refund' AND e.reference = p.id::text AND e.delta > 0), 0)::bigint AS refunded,
              COALESCE((SELECT w.balance FROM wallets w WHERE w.owner_type = 'escrow' AND w.owner_id = p.id), 0)::bigint AS escrow
         FROM red_packets p WHERE p.id = ANY($1::uuid[])`,
      [packetIds],
    );
    const packetsOff = packets
      .filter((p) => !['finished', 'expired'].includes(p.status) || Number(p.grabbed) + Number(p.refunded) !== Number(p.total) || Number(p.escrow) !== 0)
      .map((p) => `${p.id} ${p.status}: ${p.total} put in, ${p.grabbed} grabbed, ${p.refunded} refunded, ${p.escrow} in escrow`);
    const missing = packetIds.length - packets.length;
    if (missing > 0) packetsOff.push(`${missing} packets created through the API are not in the database`);

    const [ledger] = (await db.query('SELECT COALESCE(sum(delta), 0)::bigint AS total FROM ledger_entries')).rows;
    const [wallets] = (
      await db.query(`SELECT count(*)::int AS n FROM wallets w WHERE w.balance <> COALESCE((SELECT sum(delta) FROM ledger_entries e WHERE e.wallet_id = w.id), 0)`)
    ).rows;

    const { rows: skus } = await db.query(
      `SELECT s.id, s.stock,
              COALESCE((SELECT sum(i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id
                         WHERE i.sku_id = s.id AND o.status <> 'cancelled' AND o.holds_sku_stock), 0)::int AS held
         FROM goods_skus s WHERE s.id = ANY($1::uuid[])`,
      [goods.map((g) => g.skuId)],
    );
    const startOf = new Map(goods.map((g) => [g.skuId, g.stock]));
    const skusOff = skus
      .filter((s) => s.stock < 0 || s.stock + s.held !== startOf.get(s.id))
      .map((s) => `${s.id}: ${s.stock} left + ${s.held} in orders ≠ ${startOf.get(s.id)} at the start`);
    const [orders] = (
      await db.query(
        `SELECT count(DISTINCT o.id)::int AS n, count(DISTINCT o.id) FILTER (WHERE o.status = 'paid')::int AS paid
           FROM orders o JOIN order_items i ON i.order_id = o.id WHERE i.sku_id = ANY($1::uuid[])`,
        [goods.map((g) => g.skuId)],
      )
    ).rows;

    const sum = (k: 'total' | 'grabbed' | 'refunded') => packets.reduce((a, p) => a + Number(p[k]), 0);
    const books: Omit<SoakBooks, 'balanced'> = {
      packets: packets.length,
      packetsFunded: sum('total'),
      grabbed: sum('grabbed'),
      refunded: sum('refunded'),
      packetsOff,
      ledgerSum: Number(ledger.total),
      walletsOutOfStepWithLedger: wallets.n,
      orders: orders.n,
      paidOrders: orders.paid,
      skusOff,
    };
    return { ...books, balanced: packetsOff.length === 0 && books.ledgerSum === 0 && books.walletsOutOfStepWithLedger === 0 && skusOff.length === 0 };
  } finally {
    await db.end();
  }
}
