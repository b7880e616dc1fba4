import type { LiveServers } from './live-servers';

export type Buyer = { token: string; userId: string; addressId: string };

/** A fresh guest with one address, ready to order. */
export async function newBuyer(live: LiveServers): Promise<Buyer> {
  const g = await live.guest();
  const address = await live.call('POST', '/me/addresses', g.accessToken, { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' });
  if (address.status !== 201) throw new Error(`address not created: ${address.status}`);
  return { token: g.accessToken, userId: g.user.id, addressId: address.json.id };
}

export const skuStock = (live: LiveServers, skuId: string) =>
  live.withDb(async (db) => (await db.query(`SELECT stock FROM goods_skus WHERE id = $1`, [skuId])).rows[0].stock as number);

/** Every fen that left a money wallet arrived in one: 0 when the books balance. */
export const booksBalance = (live: LiveServers) =>
  live.withDb(async (db) => Number((await db.query(`SELECT coalesce(sum(balance), 0)::bigint AS s FROM wallets WHERE owner_type <> 'points' AND owner_id <> '00000000-0000-0000-0000-000000000001'`)).rows[0].s));
