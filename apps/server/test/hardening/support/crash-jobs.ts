import { randomUUID } from 'node:crypto';
import { call, demo, guests, must } from './crash-client';
import type { CrashDeployment } from './crash-deployment';
import { DEMO_MERCHANT, DEMO_ROOM } from './crash-grab-storm';

export type OutageJobs = { packetId: string; grabbed: number; packetTotal: number; orderId: string; skuId: string; stockBefore: number };

/**
 * Work that falls due while every instance is down: a red packet whose time runs out (the rest of its
 * money goes back to the merchant) and an unpaid order whose payment deadline passes (its stock comes
 * back). Their ends (ten minutes, fifteen) are skipped by moving them and their queued jobs into the past
 * while nothing runs, as if the outage had lasted that long.
 */
export async function armJobsThenKillAll(d: CrashDeployment): Promise<OutageJobs> {
  const base = d.url(0);
  const admin = await demo(base, 'admin');
  const merchant = await demo(base, 'merchant');
  await must(base, 'POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 1_000 });
  const validUntil = new Date(Date.now() + 10 * 60_000);
  const packet = await must(base, 'POST', '/merchant/red-packets', merchant, {
    requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: 1_000, totalCount: 5, validUntil: validUntil.toISOString(),
  });
  const [viewer, buyer] = await guests(base, 2);
  const grabbed = (await must(base, 'POST', `/red-packets/${packet.id}/grab`, viewer!.token)).amount as number;

  const goods = await must(base, 'POST', '/merchant/goods', merchant, {
    title: `超时测试 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 500, stock: 5 }],
  });
  const skuId = goods.skus[0].id as string;
  const address = await must(base, 'POST', '/me/addresses', buyer!.token, { name: '李四', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 2 号' });
  const order = await must(base, 'POST', '/orders', buyer!.token, { requestId: randomUUID(), lines: [{ skuId, quantity: 2 }], addressId: address.id });
  // The payment was started but never confirmed: the timeout must close it as well.
  await must(base, 'POST', `/orders/${order.id}/pay`, buyer!.token);

  await d.killAll(d.survivors([]));
  // Nothing runs now. The outage lasts past both ends: each end, and the job queued for it, moves to the past.
  await d.db.query(`UPDATE red_packets SET valid_until = now() - interval '1 second' WHERE id = $1`, [packet.id]);
  await d.db.query(`UPDATE orders SET pay_deadline = now() - interval '1 second' WHERE id = $1`, [order.id]);
  for (const [queue, key] of [['red-packet-expiry', packet.id], ['order-payment-timeout', order.id]]) {
    const moved = await d.db.query(`UPDATE pgboss.job SET start_after = now() - interval '1 second' WHERE name = $1 AND singleton_key = $2 AND state = 'created'`, [queue, key]);
    if (moved.rowCount !== 1) throw new Error(`expected one queued ${queue} job for ${key}, found ${moved.rowCount}`);
  }
  return { packetId: packet.id, grabbed, packetTotal: 1_000, orderId: order.id, skuId, stockBefore: 5 };
}

/** The jobs of one key in a queue, by state: all of them `completed` once the work is done. */
export async function jobStates(d: CrashDeployment, queue: string, key: string): Promise<string[]> {
  const { rows } = await d.db.query(`SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on`, [queue, key]);
  return rows.map((r: { state: string }) => r.state);
}

/** A grab after the restart: the packet must be over. */
export async function grabAfter(d: CrashDeployment, packetId: string) {
  const [late] = await guests(d.url(0), 1);
  return call(d.url(0), 'POST', `/red-packets/${packetId}/grab`, late!.token);
}
