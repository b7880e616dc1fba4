import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@livemall/shared';
import { type Answer, call, demo, guests, must, seeded, stormWithKill } from './crash-client';
import type { CrashDeployment } from './crash-deployment';

export type Buyer = { token: string; userId: string; addressId: string; requestId: string };

/** What one buyer was told: the order it got (by id) and whether it was told the order is paid. */
export type BuyerTold = { orderId: string | null; paid: boolean; outOfStock: boolean };

export type CheckoutStormOutcome = {
  skuId: string;
  units: number;
  buyers: Buyer[];
  told: BuyerTold[];
  problems: string[];
  inFlightAtKill: number;
  answersAtKill: number;
};

const ADDRESS = { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' };

/**
 * One buyer's whole checkout, as a client does it: order (with its own request id, reused on every
 * retry), start the dev payment, confirm it. Stops at the first request that gets no answer.
 */
async function checkout(base: string, b: Buyer, skuId: string, told: BuyerTold, problems: string[], answered: () => void): Promise<boolean> {
  const note = (what: string, a: Answer) => {
    if (a) answered();
    if (a && a.status >= 500) problems.push(`${b.userId} ${what}: ${a.status} ${JSON.stringify(a.json)}`);
    return a;
  };
  const created = note('order', await call(base, 'POST', '/orders', b.token, { requestId: b.requestId, lines: [{ skuId, quantity: 1 }], addressId: b.addressId }));
  if (!created) return false;
  if (created.status === 409 && created.json.code === ErrorCode.OUT_OF_STOCK) {
    if (told.orderId) problems.push(`${b.userId}: told order ${told.orderId}, then out of stock for the same request id`);
    told.outOfStock = true;
    return true;
  }
  if (created.status !== 201) {
    problems.push(`${b.userId} order: ${created.status} ${JSON.stringify(created.json)}`);
    return true;
  }
  if (told.orderId && told.orderId !== created.json.id) problems.push(`${b.userId}: one request id, two orders ${told.orderId} and ${created.json.id}`);
  told.orderId = created.json.id as string;
  if (created.json.status === 'paid') {
    told.paid = true;
    return true;
  }
  if (told.paid) problems.push(`${b.userId}: told paid, then the order is ${created.json.status}`);
  const started = note('pay', await call(base, 'POST', `/orders/${told.orderId}/pay`, b.token));
  if (!started) return false;
  if (started.status === 409 && started.json.code === ErrorCode.ORDER_STATE_CONFLICT) {
    // Paid meanwhile (a confirm whose answer was lost): the order says so.
    const order = note('read', await call(base, 'GET', `/orders/${told.orderId}`, b.token));
    if (!order) return false;
    if (order.json.status === 'paid') told.paid = true;
    else problems.push(`${b.userId} pay refused for an order that is ${order.json.status}`);
    return true;
  }
  if (started.json.provider !== 'dev') {
    problems.push(`${b.userId} pay: ${started.status} ${JSON.stringify(started.json)}`);
    return true;
  }
  const confirmed = note('confirm', await call(base, 'POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token));
  if (!confirmed) return false;
  if (confirmed.status === 200 && confirmed.json.status === 'paid') told.paid = true;
  else problems.push(`${b.userId} confirm: ${confirmed.status} ${JSON.stringify(confirmed.json)}`);
  return true;
}

/**
 * Goods with `units` in stock and more buyers than units, all checking out at once over the instances;
 * after a seeded number of answers the `victims` are SIGKILLed. Buyers cut off retry their whole
 * checkout with the same request id: on a survivor first (if any), then, after the restart, everyone
 * once more — a buyer told of an order must get that same order back.
 */
export async function checkoutStorm(d: CrashDeployment, o: { buyers: number; units: number; seed: number; victims: number[] }): Promise<CheckoutStormOutcome> {
  const rnd = seeded(o.seed);
  const base = d.url(0);
  const merchant = await demo(base, 'merchant');
  const goods = await must(base, 'POST', '/merchant/goods', merchant, {
    title: `断电测试 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 990, stock: o.units }],
  });
  const skuId = goods.skus[0].id as string;
  const buyers: Buyer[] = [];
  const all = await guests(base, o.buyers);
  for (let i = 0; i < all.length; i += 25) {
    const batch = all.slice(i, i + 25);
    const addresses = await Promise.all(batch.map((g) => must(base, 'POST', '/me/addresses', g.token, ADDRESS)));
    batch.forEach((g, k) => buyers.push({ ...g, addressId: addresses[k]!.id as string, requestId: randomUUID() }));
  }
  const told: BuyerTold[] = buyers.map(() => ({ orderId: null, paid: false, outOfStock: false }));
  const problems: string[] = [];

  // Answers in a storm: one per buyer for the order, two more per unit sold (pay, confirm).
  // Counted on the first victim only, so it always dies with checkouts in flight.
  const killAfter = Math.max(1, Math.floor(((o.buyers + 2 * o.units) / d.size) * (0.1 + 0.5 * rnd())));
  const storm = await stormWithKill(
    buyers.map((b, i) => (answered) => checkout(d.url(i), b, skuId, told[i]!, problems, i % d.size === o.victims[0] ? answered : () => undefined)),
    killAfter,
    () => d.killAll(o.victims),
  );
  let cut = buyers.map((_, i) => i).filter((i) => !storm.results[i]);
  const survivors = d.survivors(o.victims);
  if (survivors.length > 0) {
    const again = await Promise.all(cut.map((i, k) => checkout(d.url(survivors[k % survivors.length]!), buyers[i]!, skuId, told[i]!, problems, () => undefined)));
    cut = cut.filter((_, k) => !again[k]);
  }
  await d.startAll(o.victims);
  const last = await Promise.all(buyers.map((b, i) => checkout(d.url(i + 1), b, skuId, told[i]!, problems, () => undefined)));
  last.forEach((ok, i) => {
    if (!ok) problems.push(`${buyers[i]!.userId}: no answer after the restart`);
  });
  return { skuId, units: o.units, buyers, told, problems, inFlightAtKill: storm.inFlightAtKill, answersAtKill: storm.answersAtKill };
}
