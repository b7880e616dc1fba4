import type { Client } from 'pg';

const rows = async <T>(db: Client, sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];

/**
 * The double-entry books, whatever happened: every movement is one debit and one credit of the same
 * amount under one key, the ledger sums to zero, every balance is the sum of its wallet's entries, and no
 * wallet but the system ones (the outside world) is below zero. Each list is empty when all is well.
 */
export async function ledgerProblems(db: Client): Promise<{ sum: number; unbalancedKeys: unknown[]; walletsOffLedger: unknown[]; negativeWallets: unknown[] }> {
  const [sum] = await rows<{ s: string }>(db, 'SELECT COALESCE(sum(delta), 0)::bigint AS s FROM ledger_entries');
  return {
    sum: Number(sum!.s),
    unbalancedKeys: await rows(
      db,
      `SELECT idempotency_key, count(*)::int AS legs, sum(delta)::bigint AS net FROM ledger_entries
        GROUP BY idempotency_key HAVING count(*) <> 2 OR sum(delta) <> 0 OR count(*) FILTER (WHERE leg = 'debit' AND delta < 0) <> 1`,
    ),
    walletsOffLedger: await rows(
      db,
      `SELECT w.id, w.owner_type, w.balance, COALESCE(e.s, 0) AS ledger FROM wallets w
         LEFT JOIN (SELECT wallet_id, sum(delta) AS s FROM ledger_entries GROUP BY wallet_id) e ON e.wallet_id = w.id
        WHERE w.balance <> COALESCE(e.s, 0)`,
    ),
    negativeWallets: await rows(db, `SELECT id, owner_type, balance FROM wallets WHERE balance < 0 AND owner_type <> 'system' AND owner_type <> 'points'`),
  };
}

export type PacketBooks = Awaited<ReturnType<typeof packetBooks>>;

/** One red packet as the database has it after the storm. */
export async function packetBooks(db: Client, packetId: string) {
  const [p] = await rows<{ total_amount: string; total_count: number; remaining_amount: string; remaining_count: number; status: string; merchant_id: string }>(
    db,
    'SELECT total_amount, total_count, remaining_amount, remaining_count, status, merchant_id FROM red_packets WHERE id = $1',
    [packetId],
  );
  const grabs = await rows<{ user_id: string; seq: number; amount: string; share: string | null; credited: string | null }>(
    db,
    `SELECT g.user_id, g.seq, g.amount, s.amount AS share,
            (SELECT sum(e.delta) FROM ledger_entries e WHERE e.idempotency_key = 'grab:' || g.packet_id || ':' || g.user_id AND e.leg = 'credit') AS credited
       FROM red_packet_grabs g LEFT JOIN red_packet_shares s ON s.packet_id = g.packet_id AND s.seq = g.seq
      WHERE g.packet_id = $1`,
    [packetId],
  );
  const refunds = await rows<{ delta: string }>(db, `SELECT delta FROM ledger_entries WHERE idempotency_key = $1 AND leg = 'credit'`, [`refund:${packetId}`]);
  const [escrow] = await rows<{ balance: string }>(db, `SELECT balance FROM wallets WHERE owner_type = 'escrow' AND owner_id = $1`, [packetId]);
  return {
    totalAmount: Number(p!.total_amount),
    totalCount: p!.total_count,
    remainingAmount: Number(p!.remaining_amount),
    remainingCount: p!.remaining_count,
    status: p!.status,
    grabs: grabs.map((g) => ({ userId: g.user_id, seq: g.seq, amount: Number(g.amount), share: g.share === null ? null : Number(g.share), credited: g.credited === null ? null : Number(g.credited) })),
    refundMovements: refunds.length,
    refunded: refunds.reduce((s, r) => s + Number(r.delta), 0),
    escrow: Number(escrow?.balance ?? 0),
  };
}

/** The orders of one SKU and the stock, money and payments behind them. */
export async function skuBooks(db: Client, skuId: string) {
  const [sku] = await rows<{ stock: number }>(db, 'SELECT stock FROM goods_skus WHERE id = $1', [skuId]);
  const orders = await rows<{ id: string; request_id: string; user_id: string; status: string; total_fen: string; quantity: number; escrow: string | null; paid_in: string | null; succeeded: number }>(
    db,
    `SELECT o.id, o.request_id, o.user_id, o.status, o.total_fen, i.quantity,
            (SELECT balance FROM wallets w WHERE w.owner_type = 'escrow' AND w.owner_id = o.id) AS escrow,
            (SELECT sum(e.delta) FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
              WHERE w.owner_type = 'escrow' AND w.owner_id = o.id AND e.reason = 'order_payment') AS paid_in,
            (SELECT count(*)::int FROM payments p WHERE p.order_id = o.id AND p.status = 'succeeded') AS succeeded
       FROM orders o JOIN order_items i ON i.order_id = o.id WHERE i.sku_id = $1`,
    [skuId],
  );
  return {
    stock: sku!.stock,
    orders: orders.map((o) => ({
      id: o.id, requestId: o.request_id, userId: o.user_id, status: o.status, totalFen: Number(o.total_fen), quantity: o.quantity,
      escrow: Number(o.escrow ?? 0), paidIn: Number(o.paid_in ?? 0), succeededPayments: o.succeeded,
    })),
  };
}

/** Waits (bounded) for a condition the server reaches on its own (a job, a start-up sweep). */
export async function eventually<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`${what}: not reached in ${ms} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
