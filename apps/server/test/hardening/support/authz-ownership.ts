import { randomUUID } from 'node:crypto';
import { DEFAULT_POINTS_RULES } from '@livemall/shared';
import { as, type Call, read, type RouteKey } from './authz-http';
import type { ActorName, World } from './authz-world';

/**
 * Part two of the matrix: someone else's thing, asked for or changed by an intruder. Each case names the
 * owner's view of that thing; the view must show it before (so the id is real and a 404 means "refused",
 * not "no such id") and must read the same after.
 */
export interface RefusalCase {
  name: string;
  call: (w: World) => Call;
  status: number;
  code?: string;
  /** The owner's view of what the intruder aimed at. */
  view: (w: World) => Promise<unknown>;
  /** Text the view must contain before: the target's id. */
  target: (w: World) => string;
}

/** What an actor other than the owner may do to a shared thing, and that it stays within its own rows. */
export interface AllowedCase {
  name: string;
  call: (w: World) => Call;
  /** Someone else's view that must read the same after (the call touched only the caller's rows). */
  untouched?: (w: World) => Promise<unknown>;
}


// Owners' views.
const orderOfA = (id: (w: World) => string) => (w: World) => read(w, as('userA', 'order', { id: id(w) }));
const listOf = (actor: ActorName, route: RouteKey, params?: Record<string, string>) => (w: World) => read(w, as(actor, route, params));
const hostRoomX = (w: World) => read(w, as('merchantX', 'hostRoom', { roomId: w.x.roomId })).then(stable);
const schedulesX = (w: World) => read(w, as('merchantX', 'roomSchedules', { roomId: w.x.roomId }));
const restrictionsInX = (w: World) =>
  w.live.withDb(async (db) => (await db.query(`SELECT user_id, until, banned FROM live_room_mutes WHERE room_id = $1 ORDER BY user_id`, [w.x.roomId])).rows);
const commentsInX = (w: World) => w.live.withDb(async (db) => (await db.query(`SELECT id, deleted_at FROM live_comments WHERE room_id = $1 ORDER BY id`, [w.x.roomId])).rows);
const supportOfA = (w: World) => read(w, as('userA', 'mySupportMessages', { merchantId: w.x.merchantId }));

/**
 * Drops counters that move with viewers coming and going, and the stream URLs' signatures (signed afresh on
 * each read with the current second), which no intruder controls.
 */
function stable(json: unknown): unknown {
  const { online: _o, viewers: _v, likes: _l, ...rest } = json as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replace(/txSecret=[0-9a-f]+&txTime=[0-9A-F]+/g, 'txSecret=…'));
}

const uuidBody = () => ({ requestId: randomUUID() });
const msg = () => ({ clientMsgId: `authz-${randomUUID().slice(0, 12)}`, text: '你好' });
const ship = { carrier: '顺丰', trackingNo: 'SF1234567890' };
const merchantY = 'merchantY' as const;

/** Merchant Y (with a shop of its own) at shop X's things: refused as if they did not exist. */
const yAtX: RefusalCase[] = [
  { name: 'host view of X room (push URL)', call: (w) => as(merchantY, 'hostRoom', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'update X room', call: (w) => as(merchantY, 'updateRoom', { roomId: w.x.roomId }, { title: '被改了' }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'start X room', call: (w) => as(merchantY, 'startRoom', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'end X room', call: (w) => as(merchantY, 'endRoom', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'push Y goods into X room', call: (w) => as(merchantY, 'pushProduct', { roomId: w.x.roomId }, { goodsId: w.y.goodsId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'mute in X room', call: (w) => as(merchantY, 'muteViewer', { roomId: w.x.roomId }, { userId: w.actors.userB.userId, minutes: 5 }), status: 404, code: 'ROOM_NOT_FOUND', view: restrictionsInX, target: () => '' },
  { name: 'ban in X room', call: (w) => as(merchantY, 'banViewer', { roomId: w.x.roomId }, { userId: w.actors.userB.userId }), status: 404, code: 'ROOM_NOT_FOUND', view: restrictionsInX, target: () => '' },
  { name: 'delete a comment in X room', call: (w) => as(merchantY, 'deleteComment', { roomId: w.x.roomId, commentId: w.x.commentId }), status: 404, code: 'ROOM_NOT_FOUND', view: commentsInX, target: (w) => w.x.commentId },
  { name: 'schedule into X room', call: (w) => as(merchantY, 'schedulePush', { roomId: w.x.roomId }, { goodsId: w.y.goodsId, at: new Date(Date.now() + 3_600_000).toISOString() }), status: 404, code: 'ROOM_NOT_FOUND', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'list X room schedules', call: (w) => as(merchantY, 'roomSchedules', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'cancel X schedule', call: (w) => as(merchantY, 'cancelSchedule', { id: w.x.scheduleId }), status: 404, code: 'SCHEDULE_NOT_FOUND', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'push X coupon into X room', call: (w) => as(merchantY, 'pushCoupon', { roomId: w.x.roomId }, { templateId: w.x.couponTemplateId }), status: 404, code: 'ROOM_NOT_FOUND', view: listOf('merchantX', 'merchantCouponTemplates'), target: (w) => w.x.couponTemplateId },
  { name: 'push Y coupon into X room', call: (w) => as(merchantY, 'pushCoupon', { roomId: w.x.roomId }, { templateId: w.y.couponTemplateId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'push X coupon into Y room', call: (w) => as(merchantY, 'pushCoupon', { roomId: w.y.roomId }, { templateId: w.x.couponTemplateId }), status: 404, code: 'COUPON_TEMPLATE_NOT_FOUND', view: listOf('merchantX', 'merchantCouponTemplates'), target: (w) => w.x.couponTemplateId },
  { name: 'lottery in X room', call: (w) => as(merchantY, 'createLottery', { roomId: w.x.roomId }, { ...uuidBody(), prize: '奖品', winners: 1, participation: { kind: 'viewers' } }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'draw X lottery', call: (w) => as(merchantY, 'drawLottery', { id: w.x.lotteryId }), status: 404, code: 'LOTTERY_NOT_FOUND', view: (w) => read(w, as('guest', 'lottery', { id: w.x.lotteryId })), target: (w) => w.x.lotteryId },
  { name: 'list X room red packets', call: (w) => as(merchantY, 'roomRedPackets', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: listOf('merchantX', 'merchantRedPackets'), target: (w) => w.x.redPacketId },
  { name: 'end X red packet', call: (w) => as(merchantY, 'endRedPacket', { id: w.x.redPacketId }), status: 404, code: 'RED_PACKET_NOT_FOUND', view: listOf('merchantX', 'merchantRedPackets'), target: (w) => w.x.redPacketId },
  { name: 'red packet in X room', call: (w) => as(merchantY, 'createRedPacket', undefined, { ...uuidBody(), roomId: w.x.roomId, type: 'equal', totalAmount: 100, totalCount: 1, validUntil: new Date(Date.now() + 600_000).toISOString() }), status: 404, code: 'ROOM_NOT_FOUND', view: listOf('merchantX', 'merchantRedPackets'), target: (w) => w.x.redPacketId },
  { name: 'X room dashboard', call: (w) => as(merchantY, 'roomDashboard', { roomId: w.x.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'update X goods', call: (w) => as(merchantY, 'updateGoods', { id: w.x.goodsId }, { title: '被改了', images: ['https://example.com/b.jpg'], skus: [{ specValues: [], priceFen: 1, stock: 1 }] }), status: 404, code: 'GOODS_NOT_FOUND', view: listOf('merchantX', 'merchantGoods'), target: (w) => w.x.goodsId },
  { name: 'shelve X goods', call: (w) => as(merchantY, 'setShelf', { id: w.x.goodsId }, { onShelf: false }), status: 404, code: 'GOODS_NOT_FOUND', view: listOf('merchantX', 'merchantGoods'), target: (w) => w.x.goodsId },
  { name: 'ship an order of X', call: (w) => as(merchantY, 'shipOrder', { id: w.a.paidOrderId }, ship), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.paidOrderId), target: (w) => w.a.paidOrderId },
  { name: 'decide a refund of X', call: (w) => as(merchantY, 'decideRefund', { id: w.a.refundId }, { approve: true }), status: 404, code: 'REFUND_NOT_FOUND', view: orderOfA((w) => w.a.shippedOrderId), target: (w) => w.a.refundId },
  { name: 'stop X bargain activity', call: (w) => as(merchantY, 'stopBargainActivity', { id: w.x.bargainActivityId }), status: 404, code: 'BARGAIN_ACTIVITY_NOT_FOUND', view: listOf('merchantX', 'merchantBargainActivities'), target: (w) => w.x.bargainActivityId },
  { name: 'stop X group buy', call: (w) => as(merchantY, 'stopGroupBuy', { id: w.x.groupBuyId }), status: 404, code: 'GROUP_BUY_NOT_FOUND', view: listOf('merchantX', 'merchantGroupBuys'), target: (w) => w.x.groupBuyId },
  { name: 'stop X coupon template', call: (w) => as(merchantY, 'stopCouponTemplate', { id: w.x.couponTemplateId }), status: 404, code: 'COUPON_TEMPLATE_NOT_FOUND', view: listOf('merchantX', 'merchantCouponTemplates'), target: (w) => w.x.couponTemplateId },
  { name: 'stop X full reduction', call: (w) => as(merchantY, 'stopFullReduction', { id: w.x.fullReductionId }), status: 404, code: 'FULL_REDUCTION_NOT_FOUND', view: listOf('merchantX', 'merchantFullReductions'), target: (w) => w.x.fullReductionId },
  { name: 'stop X flash sale', call: (w) => as(merchantY, 'stopFlashSale', { id: w.x.flashSaleId }), status: 404, code: 'FLASH_SALE_NOT_FOUND', view: listOf('merchantX', 'merchantFlashSales'), target: (w) => w.x.flashSaleId },
  { name: 'start X experiment', call: (w) => as(merchantY, 'startExperiment', { key: w.x.experimentKey }), status: 404, code: 'EXPERIMENT_NOT_FOUND', view: listOf('merchantX', 'merchantExperiments'), target: (w) => w.x.experimentKey },
  { name: 'stop X experiment', call: (w) => as(merchantY, 'stopExperiment', { key: w.x.experimentKey }), status: 404, code: 'EXPERIMENT_NOT_FOUND', view: listOf('merchantX', 'merchantExperiments'), target: (w) => w.x.experimentKey },
  { name: 'X experiment results', call: (w) => as(merchantY, 'experimentResults', { key: w.x.experimentKey }), status: 404, code: 'EXPERIMENT_NOT_FOUND', view: listOf('merchantX', 'merchantExperiments'), target: (w) => w.x.experimentKey },
  { name: 'update X content', call: (w) => as(merchantY, 'updateContent', { id: w.x.contentId }, { kind: 'article', title: '被改了', body: '被改了', goodsIds: [w.y.goodsId] }), status: 404, code: 'CONTENT_NOT_FOUND', view: listOf('merchantX', 'merchantContents'), target: (w) => w.x.contentId },
  { name: 'unpublish X content', call: (w) => as(merchantY, 'unpublishContent', { id: w.x.contentId }), status: 404, code: 'CONTENT_NOT_FOUND', view: listOf('merchantX', 'merchantContents'), target: (w) => w.x.contentId },
  { name: 'publish X content', call: (w) => as(merchantY, 'publishContent', { id: w.x.contentId }), status: 404, code: 'CONTENT_NOT_FOUND', view: listOf('merchantX', 'merchantContents'), target: (w) => w.x.contentId },
  { name: 'delete X content', call: (w) => as(merchantY, 'deleteContent', { id: w.x.contentId }), status: 404, code: 'CONTENT_NOT_FOUND', view: listOf('merchantX', 'merchantContents'), target: (w) => w.x.contentId },
  { name: 'read X support thread', call: (w) => as(merchantY, 'supportThread', { conversationId: w.a.supportConversationId }), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'reply in X support thread', call: (w) => as(merchantY, 'supportAgentReply', { conversationId: w.a.supportConversationId }, msg()), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'hand X support thread to the bot', call: (w) => as(merchantY, 'supportReturnToBot', { conversationId: w.a.supportConversationId }), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'X support inbox by merchantId', call: (w) => as(merchantY, 'supportInbox', undefined, undefined, { merchantId: w.x.merchantId, status: 'all' }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantX', 'supportInbox'), target: () => '' },
  { name: 'X FAQs by merchantId', call: (w) => as(merchantY, 'supportFaqs', undefined, undefined, { merchantId: w.x.merchantId }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantX', 'supportFaqs'), target: () => '' },
  // Creating on top of X's things: Y's new activity may only use Y's own SKUs, goods and templates.
  { name: 'group buy on an X SKU', call: (w) => as(merchantY, 'createGroupBuy', undefined, { skuId: w.x.skuId, groupPriceFen: 100, groupSize: 2, timeLimitMinutes: 60, perUserLimit: 1, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString(), virtualFill: false }), status: 404, code: 'SKU_NOT_FOUND', view: listOf(merchantY, 'merchantGroupBuys'), target: (w) => w.y.groupBuyId },
  { name: 'flash sale on an X SKU (stock held)', call: (w) => as(merchantY, 'createFlashSale', undefined, { skuId: w.x.skuId, salePriceFen: 1, totalUnits: 5, perUserLimit: 1, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString() }), status: 404, code: 'SKU_NOT_FOUND', view: listOf('merchantX', 'merchantGoods'), target: (w) => w.x.goodsId },
  { name: 'bargain on an X SKU', call: (w) => as(merchantY, 'createBargainActivity', undefined, { skuId: w.x.skuId, floorPriceFen: 100, helpersNeeded: 2, timeLimitMinutes: 60, endsAt: new Date(Date.now() + 3_600_000).toISOString() }), status: 404, code: 'SKU_NOT_FOUND', view: listOf(merchantY, 'merchantBargainActivities'), target: (w) => w.y.bargainActivityId },
  { name: 'content selling X goods', call: (w) => as(merchantY, 'createContent', undefined, { kind: 'article', title: '蹭别人的货', body: '正文', goodsIds: [w.x.goodsId] }), status: 400, code: 'CONTENT_GOODS_INVALID', view: listOf(merchantY, 'merchantContents'), target: (w) => w.y.contentId },
  { name: 'remove X assistant', call: (w) => as(merchantY, 'removeAssistant', { userId: w.actors.assistantX.userId! }), status: 200, view: listOf('merchantX', 'assistants'), target: (w) => w.actors.assistantX.userId! },
];

/**
 * The platform's settings: one member ladder and one set of points rules for every shop's customers. A shop
 * owner who could set them would set them for every other shop too (a 50 % level discount from growth 0
 * sells shop X's goods at half price), so only the admin may: each owner is refused by the guard.
 */
const halfPriceLadder = (templateId: string | null) => ({ levels: [{ name: '普通', growthFrom: 0, discountPercent: 50, freeShippingFromFen: 0, monthlyCouponTemplateId: templateId }] });
const platformWide: RefusalCase[] = (['merchantX', merchantY] as const).flatMap((owner): RefusalCase[] => [
  { name: `${owner} sets the member ladder to half price`, call: () => as(owner, 'saveMemberLevels', undefined, halfPriceLadder(null)), status: 403, code: 'FORBIDDEN', view: listOf('guest', 'memberLevels'), target: () => '普通' },
  { name: `${owner} sets a ladder granting shop X's coupon`, call: (w) => as(owner, 'saveMemberLevels', undefined, halfPriceLadder(w.x.couponTemplateId)), status: 403, code: 'FORBIDDEN', view: listOf('guest', 'memberLevels'), target: () => '普通' },
  { name: `${owner} changes the points rules`, call: () => as(owner, 'updatePointsRules', undefined, { ...DEFAULT_POINTS_RULES, purchasePointsPerYuan: 1_000 }), status: 403, code: 'FORBIDDEN', view: listOf('admin', 'pointsRules'), target: () => 'purchasePointsPerYuan' },
]);

/** User B at user A's things. */
const bAtA: RefusalCase[] = [
  { name: 'read A order', call: (w) => as('userB', 'order', { id: w.a.paidOrderId }), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.paidOrderId), target: (w) => w.a.paidOrderId },
  { name: 'cancel A order', call: (w) => as('userB', 'cancelOrder', { id: w.a.unpaidOrderId }), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.unpaidOrderId), target: (w) => w.a.unpaidOrderId },
  { name: 'confirm A receipt', call: (w) => as('userB', 'confirmReceipt', { id: w.a.shippedOrderId }), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.shippedOrderId), target: (w) => w.a.shippedOrderId },
  { name: 'refund A order', call: (w) => as('userB', 'requestRefund', { id: w.a.paidOrderId }, { orderItemId: randomUUID(), quantity: 1, reason: '退' }), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.paidOrderId), target: (w) => w.a.paidOrderId },
  { name: 'pay A order', call: (w) => as('userB', 'payOrder', { id: w.a.unpaidOrderId }), status: 404, code: 'ORDER_NOT_FOUND', view: orderOfA((w) => w.a.unpaidOrderId), target: (w) => w.a.unpaidOrderId },
  { name: 'confirm A payment', call: (w) => as('userB', 'confirmDevPayment', { id: w.a.paymentId }), status: 404, code: 'PAYMENT_NOT_FOUND', view: orderOfA((w) => w.a.unpaidOrderId), target: (w) => w.a.unpaidOrderId },
  { name: 'update A address', call: (w) => as('userB', 'updateAddress', { id: w.a.addressId }, { name: '李四', phone: '13800000000', province: '北京市', city: '北京市', district: '朝阳区', detail: '别处' }), status: 404, code: 'ADDRESS_NOT_FOUND', view: listOf('userA', 'addresses'), target: (w) => w.a.addressId },
  { name: 'delete A address', call: (w) => as('userB', 'deleteAddress', { id: w.a.addressId }), status: 404, code: 'ADDRESS_NOT_FOUND', view: listOf('userA', 'addresses'), target: (w) => w.a.addressId },
  { name: 'order with A address', call: (w) => as('userB', 'createOrder', undefined, { ...uuidBody(), lines: [{ skuId: w.x.skuId, quantity: 1 }], addressId: w.a.addressId }), status: 404, code: 'ADDRESS_NOT_FOUND', view: listOf('userA', 'myOrders'), target: (w) => w.a.paidOrderId },
  { name: 'quote with A coupon', call: (w) => as('userB', 'checkoutQuote', undefined, { lines: [{ skuId: w.x.skuId, quantity: 1 }], couponId: w.a.couponId }), status: 404, code: 'COUPON_NOT_FOUND', view: listOf('userA', 'myCoupons'), target: (w) => w.a.couponId },
  { name: 'order with A coupon', call: (w) => as('userB', 'createOrder', undefined, { ...uuidBody(), lines: [{ skuId: w.x.skuId, quantity: 1 }], addressId: w.b.addressId, couponId: w.a.couponId }), status: 404, code: 'COUPON_NOT_FOUND', view: listOf('userA', 'myCoupons'), target: (w) => w.a.couponId },
  { name: 'buy A bargain', call: (w) => as('userB', 'buyBargain', { id: w.a.bargainId }, { ...uuidBody(), addressId: w.b.addressId }), status: 404, code: 'BARGAIN_NOT_FOUND', view: listOf('userA', 'myBargains'), target: (w) => w.a.bargainId },
  { name: 'read A notification', call: (w) => as('userB', 'readNotification', { id: w.a.notificationId }), status: 404, code: 'NOTIFICATION_NOT_FOUND', view: listOf('userA', 'myNotifications'), target: (w) => w.a.notificationId },
  { name: 'support thread of A (shop side)', call: (w) => as('userB', 'supportThread', { conversationId: w.a.supportConversationId }), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'reply in A support thread', call: (w) => as('userB', 'supportAgentReply', { conversationId: w.a.supportConversationId }, msg()), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'hand A support thread to the bot', call: (w) => as('userB', 'supportReturnToBot', { conversationId: w.a.supportConversationId }), status: 404, code: 'SUPPORT_CONVERSATION_NOT_FOUND', view: supportOfA, target: (w) => w.a.supportConversationId },
  { name: 'X support inbox by merchantId', call: (w) => as('userB', 'supportInbox', undefined, undefined, { merchantId: w.x.merchantId, status: 'all' }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantX', 'supportInbox'), target: () => '' },
  // A viewer is no floor manager.
  { name: 'push goods in X room', call: (w) => as('userB', 'pushProduct', { roomId: w.x.roomId }, { goodsId: w.x.goodsId }), status: 403, code: 'NOT_A_MERCHANT', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'mute A in X room', call: (w) => as('userB', 'muteViewer', { roomId: w.x.roomId }, { userId: w.actors.userA.userId, minutes: 5 }), status: 403, code: 'NOT_A_MERCHANT', view: restrictionsInX, target: () => '' },
  { name: 'ban A in X room', call: (w) => as('userB', 'banViewer', { roomId: w.x.roomId }, { userId: w.actors.userA.userId }), status: 403, code: 'NOT_A_MERCHANT', view: restrictionsInX, target: () => '' },
  { name: 'delete a comment in X room', call: (w) => as('userB', 'deleteComment', { roomId: w.x.roomId, commentId: w.x.commentId }), status: 403, code: 'NOT_A_MERCHANT', view: commentsInX, target: (w) => w.x.commentId },
  { name: 'schedule in X room', call: (w) => as('userB', 'schedulePush', { roomId: w.x.roomId }, { goodsId: w.x.goodsId, at: new Date(Date.now() + 3_600_000).toISOString() }), status: 403, code: 'NOT_A_MERCHANT', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'X room schedules', call: (w) => as('userB', 'roomSchedules', { roomId: w.x.roomId }), status: 403, code: 'NOT_A_MERCHANT', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'cancel X schedule', call: (w) => as('userB', 'cancelSchedule', { id: w.x.scheduleId }), status: 403, code: 'NOT_A_MERCHANT', view: schedulesX, target: (w) => w.x.scheduleId },
  { name: 'push X coupon in X room', call: (w) => as('userB', 'pushCoupon', { roomId: w.x.roomId }, { templateId: w.x.couponTemplateId }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantX', 'merchantCouponTemplates'), target: (w) => w.x.couponTemplateId },
];

/** X's assistant: runs X's floor and inbox, nothing of Y's. */
const assistantRefused: RefusalCase[] = [
  { name: 'push goods in Y room', call: (w) => as('assistantX', 'pushProduct', { roomId: w.y.roomId }, { goodsId: w.y.goodsId }), status: 404, code: 'ROOM_NOT_FOUND', view: (w) => read(w, as('merchantY', 'hostRoom', { roomId: w.y.roomId })).then(stable), target: (w) => w.y.roomId },
  { name: 'mute in Y room', call: (w) => as('assistantX', 'muteViewer', { roomId: w.y.roomId }, { userId: w.actors.userB.userId, minutes: 5 }), status: 404, code: 'ROOM_NOT_FOUND', view: (w) => read(w, as('merchantY', 'hostRoom', { roomId: w.y.roomId })).then(stable), target: (w) => w.y.roomId },
  { name: 'push Y goods in X room', call: (w) => as('assistantX', 'pushProduct', { roomId: w.x.roomId }, { goodsId: w.y.goodsId }), status: 404, code: 'GOODS_NOT_FOUND', view: hostRoomX, target: (w) => w.x.roomId },
  { name: 'push a Y coupon in X room', call: (w) => as('assistantX', 'pushCoupon', { roomId: w.x.roomId }, { templateId: w.y.couponTemplateId }), status: 404, code: 'COUPON_TEMPLATE_NOT_FOUND', view: listOf('merchantY', 'merchantCouponTemplates'), target: (w) => w.y.couponTemplateId },
  { name: 'Y room schedules', call: (w) => as('assistantX', 'roomSchedules', { roomId: w.y.roomId }), status: 404, code: 'ROOM_NOT_FOUND', view: (w) => read(w, as('merchantY', 'roomSchedules', { roomId: w.y.roomId })), target: (w) => w.y.scheduleId },
  { name: 'cancel Y schedule', call: (w) => as('assistantX', 'cancelSchedule', { id: w.y.scheduleId }), status: 404, code: 'SCHEDULE_NOT_FOUND', view: (w) => read(w, as('merchantY', 'roomSchedules', { roomId: w.y.roomId })), target: (w) => w.y.scheduleId },
  { name: 'delete a comment in Y room', call: (w) => as('assistantX', 'deleteComment', { roomId: w.y.roomId, commentId: w.y.commentId }), status: 404, code: 'ROOM_NOT_FOUND', view: (w) => read(w, as('merchantY', 'hostRoom', { roomId: w.y.roomId })).then(stable), target: (w) => w.y.roomId },
  { name: 'Y support inbox by merchantId', call: (w) => as('assistantX', 'supportInbox', undefined, undefined, { merchantId: w.y.merchantId }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantY', 'supportInbox'), target: () => '' },
  { name: 'Y FAQs by merchantId', call: (w) => as('assistantX', 'supportFaqs', undefined, undefined, { merchantId: w.y.merchantId }), status: 403, code: 'NOT_A_MERCHANT', view: listOf('merchantY', 'supportFaqs'), target: () => '' },
];

export const refusalCases: Array<[string, RefusalCase]> = [
  ...yAtX.map((c) => [`merchant Y → ${c.name}`, c] as [string, RefusalCase]),
  ...platformWide.map((c) => [`platform setting → ${c.name}`, c] as [string, RefusalCase]),
  ...bAtA.map((c) => [`user B → ${c.name}`, c] as [string, RefusalCase]),
  ...assistantRefused.map((c) => [`assistant of X → ${c.name}`, c] as [string, RefusalCase]),
];
