import { randomUUID } from 'node:crypto';
import type { Role } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { TokensService } from '../../../src/modules/auth/tokens.service';
import { UsersRepository } from '../../../src/modules/users/users.repository';
import type { LiveServers } from '../../support/live-servers';

export const ACTORS = ['guest', 'userA', 'userB', 'merchantX', 'merchantY', 'assistantX', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Actor {
  name: ActorName;
  /** Absent for the guest. */
  token?: string;
  refreshToken?: string;
  userId?: string;
}

export type Reply = { status: number; json: Record<string, any> };

/** Fails setup loudly: a fixture that silently did not happen would make every refusal pass for nothing. */
export function must(res: Reply, what: string): Record<string, any> {
  if (res.status < 200 || res.status > 299) throw new Error(`${what}: expected a success, got ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** What one shop owns, each made through the API by its owner. */
export interface ShopData {
  merchantId: string;
  roomId: string;
  goodsId: string;
  skuId: string;
  redPacketId: string;
  couponTemplateId: string;
  fullReductionId: string;
  groupBuyId: string;
  flashSaleId: string;
  bargainActivityId: string;
  experimentKey: string;
  contentId: string;
  lotteryId: string;
  scheduleId: string;
  commentId: string;
}

/** What one buyer owns. Orders are of shop X's goods. */
export interface BuyerData {
  addressId: string;
  /** Paid, not shipped. */
  paidOrderId: string;
  /** Created, not paid: its payment is started but not confirmed. */
  unpaidOrderId: string;
  paymentId: string;
  /** Shipped by X, with a refund asked. */
  shippedOrderId: string;
  refundId: string;
  notificationId: string;
  bargainId: string;
  groupId: string;
  supportConversationId: string;
  couponId: string;
}

export interface World {
  live: LiveServers;
  actors: Record<ActorName, Actor>;
  x: ShopData;
  y: ShopData;
  a: BuyerData;
  b: BuyerData;
}

const addressOf = (phone: string, room: string) => ({ name: '张三', phone, province: '广东省', city: '深圳市', district: '南山区', detail: `科技园 8 号 ${room} 室` });
/** User A's private details: they must show up nowhere but A's own and A's shop's views. */
export const PRIVATE_MARKERS = { phone: '13900001111', addressDetail: '科技园 8 号 1203 室' };

async function seededUser(live: LiveServers, nickname: string, roles: Role[]) {
  const app = live.servers[0]!.app;
  const user = await app.get(UsersRepository).upsertSeeded(`authz-${randomUUID()}`, { nickname }, roles);
  const tokens = await app.get(TokensService).issue(user);
  return { name: nickname, token: tokens.accessToken, refreshToken: tokens.refreshToken, userId: user.id };
}

async function shopOwner(live: LiveServers, name: ActorName): Promise<Actor & { merchantId: string }> {
  const owner = await seededUser(live, name, ['user', 'merchant']);
  const merchantId = randomUUID();
  await live.servers[0]!.app.get(DataSource).query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [merchantId, owner.userId, `${name} 的店`]);
  return { ...owner, name, merchantId };
}

async function buildShop(live: LiveServers, owner: Actor & { merchantId: string }, admin: string): Promise<ShopData> {
  const t = owner.token!;
  const post = (path: string, body?: unknown) => live.call('POST', path, t, body);
  must(await live.call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: owner.merchantId, amount: 1_000_000 }), 'top-up');
  const room = must(await post('/merchant/rooms', { title: `${owner.name} 的直播间`, anchorName: owner.name }), 'room');
  must(await post(`/merchant/rooms/${room.id}/start`), 'start room');
  const goods = must(await post('/merchant/goods', { title: `${owner.name} 的商品`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 5_000, stock: 500 }] }), 'goods');
  const skuId = goods.skus[0].id as string;
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
  const redPacket = must(await post('/merchant/red-packets', { requestId: randomUUID(), roomId: room.id, type: 'lucky', totalAmount: 1_000, totalCount: 10, validUntil: soon(3_600_000) }), 'red packet');
  const coupon = must(await post('/merchant/coupon-templates', {
    name: `${owner.name} 券`, rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, validity: { kind: 'relative', validDays: 7 }, totalQuantity: 100, perUserLimit: 1,
  }), 'coupon template');
  const fullReduction = must(await post('/merchant/full-reductions', {
    name: '满100减10', tiers: [{ thresholdFen: 10_000, amountFen: 1_000 }], startsAt: soon(-60_000), endsAt: soon(3_600_000),
  }), 'full reduction');
  const groupBuy = must(await post('/merchant/group-buys', {
    skuId, groupPriceFen: 3_000, groupSize: 3, timeLimitMinutes: 60, perUserLimit: 1, startsAt: soon(-60_000), endsAt: soon(86_400_000), virtualFill: false,
  }), 'group buy');
  const flashSale = must(await post('/merchant/flash-sales', { skuId, salePriceFen: 990, totalUnits: 5, perUserLimit: 1, startsAt: soon(-1_000), endsAt: soon(3_600_000) }), 'flash sale');
  const bargain = must(await post('/merchant/bargain-activities', { skuId, floorPriceFen: 1_000, helpersNeeded: 5, timeLimitMinutes: 60, endsAt: soon(86_400_000) }), 'bargain activity');
  const experimentKey = `authz-${randomUUID().slice(0, 8)}`;
  must(await post('/merchant/experiments', { key: experimentKey, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }] }), 'experiment');
  const content = must(await post('/merchant/contents', { kind: 'article', title: `${owner.name} 的文章`, body: '第一段。', goodsIds: [goods.id] }), 'content');
  must(await post(`/merchant/contents/${content.id}/publish`), 'publish content');
  const lottery = must(await post(`/merchant/rooms/${room.id}/lotteries`, { requestId: randomUUID(), prize: '一箱橙子', winners: 1, participation: { kind: 'viewers' }, durationSeconds: 3600 }), 'lottery');
  const schedule = must(await post(`/merchant/rooms/${room.id}/schedules`, { goodsId: goods.id, at: soon(3_600_000) }), 'schedule');
  return {
    merchantId: owner.merchantId, roomId: room.id, goodsId: goods.id, skuId, redPacketId: redPacket.id, couponTemplateId: coupon.id,
    fullReductionId: fullReduction.id, groupBuyId: groupBuy.id, flashSaleId: flashSale.id, bargainActivityId: bargain.id, experimentKey,
    contentId: content.id, lotteryId: lottery.id, scheduleId: schedule.id, commentId: '',
  };
}

async function order(live: LiveServers, buyer: string, skuId: string, addressId: string): Promise<Record<string, any>> {
  return must(await live.call('POST', '/orders', buyer, { requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId }), 'order');
}

async function payment(live: LiveServers, buyer: string, orderId: string): Promise<string> {
  const started = must(await live.call('POST', `/orders/${orderId}/pay`, buyer), 'pay');
  return started.paymentId as string;
}

async function buildBuyer(live: LiveServers, buyer: Actor, x: ShopData, merchantX: string): Promise<BuyerData> {
  const t = buyer.token!;
  const mine = buyer.name === 'userA' ? { phone: PRIVATE_MARKERS.phone, room: '1203' } : { phone: '13900002222', room: '2204' };
  const address = must(await live.call('POST', '/me/addresses', t, addressOf(mine.phone, mine.room)), 'address');
  must(await live.call('POST', '/me/cart/items', t, { skuId: x.skuId, quantity: 1 }), 'cart');
  must(await live.call('PUT', `/me/favourites/${x.goodsId}`, t), 'favourite');
  must(await live.call('PUT', `/me/follows/${x.roomId}`, t), 'follow');
  const paid = await order(live, t, x.skuId, address.id);
  must(await live.call('POST', `/payments/${await payment(live, t, paid.id)}/dev-confirm`, t), 'confirm paid');
  const unpaid = await order(live, t, x.skuId, address.id);
  const paymentId = await payment(live, t, unpaid.id);
  const shipped = await order(live, t, x.skuId, address.id);
  must(await live.call('POST', `/payments/${await payment(live, t, shipped.id)}/dev-confirm`, t), 'confirm shipped');
  must(await live.call('POST', `/merchant/orders/${shipped.id}/ship`, merchantX, { carrier: '顺丰', trackingNo: `SF${Date.now()}` }), 'ship');
  const refund = must(await live.call('POST', `/orders/${shipped.id}/refunds`, t, { orderItemId: shipped.items[0].id, quantity: 1, reason: '不想要了' }), 'refund');
  const notices = must(await live.call('GET', '/me/notifications', t), 'notifications');
  const bargain = must(await live.call('POST', `/bargain-activities/${x.bargainActivityId}/bargains`, t), 'bargain');
  const group = must(await live.call('POST', `/group-buys/${x.groupBuyId}/groups`, t, { requestId: randomUUID(), addressId: address.id }), 'group');
  const support = must(await live.call('POST', `/support/${x.merchantId}/messages`, t, { clientMsgId: `authz-${randomUUID().slice(0, 8)}`, text: `请问什么时候发货？我的电话 ${mine.phone}` }), 'support');
  const coupon = must(await live.call('POST', `/coupons/templates/${x.couponTemplateId}/claim`, t, { requestId: randomUUID() }), 'claim coupon');
  must(await live.call('POST', `/red-packets/${x.redPacketId}/grab`, t), 'grab');
  // Viewers in X's room, so moderation targets someone present.
  await live.open(0, x.roomId, t);
  return {
    addressId: address.id, paidOrderId: paid.id, unpaidOrderId: unpaid.id, paymentId, shippedOrderId: shipped.id, refundId: refund.id ?? refund.refund?.id,
    notificationId: notices.items[0].id, bargainId: bargain.id, groupId: group.group.id, supportConversationId: support.conversationId, couponId: coupon.id,
  };
}

/** Every actor and every owned thing the matrix probes. */
export async function buildWorld(live: LiveServers): Promise<World> {
  const adminToken = await live.demo('admin');
  const [merchantX, merchantY, userA, userB, assistantX] = [
    await shopOwner(live, 'merchantX'),
    await shopOwner(live, 'merchantY'),
    await seededUser(live, 'userA', ['user']),
    await seededUser(live, 'userB', ['user']),
    await seededUser(live, 'assistantX', ['user']),
  ];
  must(await live.call('PUT', `/merchant/assistants/${assistantX.userId}`, merchantX.token), 'add assistant');
  const x = await buildShop(live, merchantX, adminToken);
  const y = await buildShop(live, merchantY, adminToken);
  const a = await buildBuyer(live, { ...userA, name: 'userA' }, x, merchantX.token!);
  const b = await buildBuyer(live, { ...userB, name: 'userB' }, x, merchantX.token!);
  for (const [shop, viewer] of [[x, userA], [y, userB]] as const) shop.commentId = await comment(live, shop, viewer.token!);
  return {
    live, x, y, a, b,
    actors: {
      guest: { name: 'guest' },
      userA: { ...userA, name: 'userA' },
      userB: { ...userB, name: 'userB' },
      merchantX: { ...merchantX, name: 'merchantX' },
      merchantY: { ...merchantY, name: 'merchantY' },
      assistantX: { ...assistantX, name: 'assistantX' },
      admin: { name: 'admin', token: adminToken },
    },
  };
}

async function comment(live: LiveServers, shop: ShopData, token: string): Promise<string> {
  const c = await live.open(0, shop.roomId, token);
  try {
    const text = `评论 ${randomUUID().slice(0, 6)}`;
    c.send({ type: 'comment', id: 'c1', text });
    const ev = await c.until((cl) => cl.events.find((e) => e.type === 'comment' && e.comment.text === text));
    return (ev as Extract<typeof ev, { type: 'comment' }>).comment.id;
  } finally {
    c.close();
  }
}
