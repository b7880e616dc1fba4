import { randomUUID } from 'node:crypto';
import type { LiveServers } from './live-servers';

export type Buyer = { token: string; userId: string; addressId: string };

/** The points system wallet (see modules/points/points.ts). */
const POINTS_SYSTEM_OWNER = '00000000-0000-0000-0000-000000000001';

/** Buyers, goods of the demo shop, dev payments and the books, for e2e tests of features built on orders. */
export function shop(live: LiveServers, merchant: () => string) {
  const buyer = async (instance = 0): Promise<Buyer> => {
    const g = await live.guest();
    const address = await live.call('POST', '/me/addresses', g.accessToken, { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }, instance);
    if (address.status !== 201) throw new Error(`address: ${address.status} ${JSON.stringify(address.json)}`);
    return { token: g.accessToken, userId: g.user.id, addressId: address.json.id };
  };
  /** A one-SKU goods of the demo shop: its SKU id. */
  const sku = async (priceFen: number, stock = 100): Promise<string> => {
    const created = await live.call('POST', '/merchant/goods', merchant(), {
      title: `测试商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen, stock }],
    });
    if (created.status !== 201) throw new Error(`goods: ${created.status} ${JSON.stringify(created.json)}`);
    return created.json.skus[0].id as string;
  };
  /** Starts a dev payment of the order and confirms it: the order's status after. */
  const pay = async (b: Buyer, orderId: string, instance = 0): Promise<string> => {
    const started = await live.call('POST', `/orders/${orderId}/pay`, b.token, undefined, instance);
    if (started.json?.provider !== 'dev') throw new Error(`pay: ${started.status} ${JSON.stringify(started.json)}`);
    const confirmed = await live.call('POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token, undefined, instance);
    return (await live.call('GET', `/orders/${orderId}`, b.token)).json.status ?? `dev-confirm ${confirmed.status}`;
  };
  /** Every fen that left a money wallet arrived in one. */
  const books = () =>
    live.withDb(async (db) => Number((await db.query(`SELECT coalesce(sum(balance), 0)::bigint AS s FROM wallets WHERE owner_type <> 'points' AND owner_id <> $1`, [POINTS_SYSTEM_OWNER])).rows[0].s));
  /** Every point given came out of the points system wallet. */
  const pointsBooks = () =>
    live.withDb(async (db) => Number((await db.query(`SELECT coalesce(sum(balance), 0)::bigint AS s FROM wallets WHERE owner_type = 'points' OR owner_id = $1`, [POINTS_SYSTEM_OWNER])).rows[0].s));
  return { buyer, sku, pay, books, pointsBooks };
}
