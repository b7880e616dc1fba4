import { randomUUID } from 'node:crypto';
import { DEMO_MERCHANT, type LiveServers } from '../../support/live-servers';
import { newBuyer } from '../../support/shop-helpers';
import type { Rng } from './fuzz-rng';

/** The tokens a fuzz request can carry: the right kind reaches validation, the wrong kind tests the guard. */
export interface FuzzTokens {
  user: string;
  merchant: string;
  admin: string;
  /** A refresh token: never valid as an access token. */
  refresh: string;
}

/** Where a path parameter's real ids live, keyed by the path segment before it (`/orders/:id` → orders). */
const TABLES: Record<string, string> = {
  rooms: 'live_rooms',
  'live-rooms': 'live_rooms',
  follows: 'live_rooms',
  goods: 'goods',
  favourites: 'goods',
  items: 'goods_skus',
  orders: 'orders',
  refunds: 'refunds',
  payments: 'payments',
  'red-packets': 'red_packets',
  lotteries: 'live_lotteries',
  schedules: 'live_schedules',
  comments: 'live_comments',
  assistants: 'users',
  addresses: 'addresses',
  'bargain-activities': 'bargain_activities',
  bargains: 'bargains',
  'group-buys': 'group_buy_activities',
  groups: 'group_buy_groups',
  'coupon-templates': 'coupon_templates',
  'full-reductions': 'full_reductions',
  'flash-sales': 'flash_sales',
  notifications: 'notifications',
  contents: 'contents',
  support: 'merchants',
  conversations: 'support_conversations',
};

/**
 * A shop with something of everything: a live room with a comment, a funded merchant, a red packet, a
 * buyer with an address and an unpaid order. Path parameters are then often real ids, so a refusal has
 * to come from validation or ownership rather than from "not found".
 */
export async function buildWorld(live: LiveServers): Promise<{ tokens: FuzzTokens; roomId: string; ids: Map<string, string[]> }> {
  const merchant = await live.demo('merchant');
  const admin = await live.demo('admin');
  const buyer = await newBuyer(live);
  const guest = await live.call('POST', '/auth/guest', undefined, { deviceId: `fuzz-${randomUUID().slice(0, 8)}` });
  const topUp = await live.call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 100_000 });
  if (topUp.status !== 200) throw new Error(`top-up: ${topUp.status} ${JSON.stringify(topUp.json)}`);
  const roomId = await live.createLiveRoom('模糊测试直播间');
  const packet = await live.call('POST', '/merchant/red-packets', merchant, { requestId: randomUUID(), roomId, type: 'lucky', totalAmount: 1_000, totalCount: 5, validUntil: new Date(Date.now() + 3_600_000).toISOString() });
  if (packet.status !== 201) throw new Error(`red packet: ${packet.status} ${JSON.stringify(packet.json)}`);
  const skuId = await live.withDb(async (db) => (await db.query(`SELECT s.id FROM goods_skus s JOIN goods g ON g.id = s.goods_id WHERE g.merchant_id = $1 AND s.stock > 10 LIMIT 1`, [DEMO_MERCHANT])).rows[0]?.id as string);
  const order = await live.call('POST', '/orders', buyer.token, { requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId: buyer.addressId });
  if (order.status !== 201) throw new Error(`order: ${order.status} ${JSON.stringify(order.json)}`);
  const viewer = await live.open(0, roomId, buyer.token);
  viewer.send({ type: 'comment', id: 'seed', text: '第一条评论' });
  await viewer.reply('seed');
  viewer.close();

  const ids = new Map<string, string[]>();
  await live.withDb(async (db) => {
    for (const [segment, table] of Object.entries(TABLES)) {
      const { rows } = await db.query(`SELECT id::text AS id FROM ${table} LIMIT 5`);
      ids.set(segment, rows.map((r: { id: string }) => r.id));
    }
    ids.set('experiments', (await db.query(`SELECT key FROM experiments LIMIT 5`)).rows.map((r: { key: string }) => r.key));
  });
  return { tokens: { user: buyer.token, merchant, admin, refresh: (guest.json as { refreshToken: string }).refreshToken }, roomId, ids };
}

/** A real id for `/path/:param` when the world has one of that kind (most of the time), else undefined. */
export function realIdPicker(ids: Map<string, string[]>, rng: Rng) {
  return (routePath: string, param: string): string | undefined => {
    const segments = routePath.split('/');
    const at = segments.indexOf(`:${param}`);
    const known = ids.get(segments[at - 1] ?? '') ?? [];
    return known.length && rng.chance(0.8) ? rng.pick(known) : undefined;
  };
}
