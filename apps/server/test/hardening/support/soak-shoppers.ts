import { randomUUID } from 'node:crypto';
import type { SoakSession } from './soak-session';

export interface SoakGoods {
  goodsId: string;
  skuId: string;
  /** The stock it was created with: the books check compares against it. */
  stock: number;
}

const SORTS = ['new', 'sales', 'price_asc', 'price_desc'] as const;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/**
 * One shopper's loop, as the mall is used: the waterfall, a goods page or two, sometimes into the cart,
 * and from the cart an order that is paid at once (dev pay). The hot goods has little stock, so once it
 * is gone its orders are refused OUT_OF_STOCK and the line leaves the cart again.
 */
export async function shop(
  s: SoakSession,
  addressId: string,
  goods: { plenty: SoakGoods[]; hot: SoakGoods },
  running: () => boolean,
  think: () => Promise<void>,
): Promise<void> {
  while (running()) {
    const list = await s.call('browse', 'GET', `/goods?sort=${pick(SORTS)}&limit=20`);
    await think();
    const seen: string[] = (list?.items ?? []).map((g: { id: string }) => g.id);
    if (seen.length > 0) {
      await s.call('detail', 'GET', `/goods/${pick(seen)}`);
      await think();
    }
    const wanted = Math.random() < 0.2 ? goods.hot : pick(goods.plenty);
    await s.call('detail', 'GET', `/goods/${wanted.goodsId}`);
    await think();
    if (!running() || Math.random() < 0.4) continue;
    if (!(await s.call('cart', 'POST', '/me/cart/items', { skuId: wanted.skuId, quantity: 1 }))) continue;
    await think();
    const order = Math.random() < 0.7 && running() ? await s.call('order', 'POST', '/orders', { requestId: randomUUID(), lines: [{ skuId: wanted.skuId, quantity: 1 }], addressId, fromCart: true }) : undefined;
    if (!order) {
      // Changed their mind, or it sold out: the cart must not fill up over a long run.
      await s.call('cart', 'DELETE', `/me/cart/items/${wanted.skuId}`);
      continue;
    }
    await think();
    const payment = await s.call('pay', 'POST', `/orders/${order.id}/pay`);
    if (payment?.paymentId) await s.call('confirm', 'POST', `/payments/${payment.paymentId}/dev-confirm`);
    await think();
  }
}
