import { randomUUID } from 'node:crypto';
import { as, type Call, read, type RouteKey } from './authz-http';
import type { AllowedCase } from './authz-ownership';
import { type ActorName, PRIVATE_MARKERS, type World } from './authz-world';

const msg = () => ({ clientMsgId: `authz-${randomUUID().slice(0, 12)}`, text: '已为您查询' });
const today = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const inFuture = () => new Date(Date.now() + 7_200_000).toISOString();

/**
 * What X's assistant (场控, no `merchant` role) may do — X's live floor and X's customer service inbox —
 * and what other callers may do to a shared id while touching only their own rows.
 */
export const allowedCases: Array<[string, AllowedCase]> = ([
  ['assistant of X pushes goods in X room', { call: (w) => as('assistantX', 'pushProduct', { roomId: w.x.roomId }, { goodsId: w.x.goodsId }) }],
  ['assistant of X pushes an X coupon in X room', { call: (w) => as('assistantX', 'pushCoupon', { roomId: w.x.roomId }, { templateId: w.x.couponTemplateId }) }],
  ['assistant of X lists X room schedules', { call: (w) => as('assistantX', 'roomSchedules', { roomId: w.x.roomId }) }],
  ['assistant of X schedules a push in X room', { call: (w) => as('assistantX', 'schedulePush', { roomId: w.x.roomId }, { goodsId: w.x.goodsId, at: inFuture() }) }],
  ['assistant of X cancels an X schedule', { call: (w) => as('assistantX', 'cancelSchedule', { id: w.x.scheduleId }) }],
  ['assistant of X mutes user B in X room', { call: (w) => as('assistantX', 'muteViewer', { roomId: w.x.roomId }, { userId: w.actors.userB.userId, minutes: 1 }) }],
  ['assistant of X bans user B in X room', { call: (w) => as('assistantX', 'banViewer', { roomId: w.x.roomId }, { userId: w.actors.userB.userId }) }],
  ['assistant of X deletes a comment in X room', { call: (w) => as('assistantX', 'deleteComment', { roomId: w.x.roomId, commentId: w.x.commentId }) }],
  ['assistant of X reads X support inbox', { call: (w) => as('assistantX', 'supportInbox', undefined, undefined, { merchantId: w.x.merchantId, status: 'all' }) }],
  ['assistant of X reads X FAQs', { call: (w) => as('assistantX', 'supportFaqs', undefined, undefined, { merchantId: w.x.merchantId }) }],
  ['assistant of X reads a thread of X', { call: (w) => as('assistantX', 'supportThread', { conversationId: w.a.supportConversationId }) }],
  ['assistant of X replies in a thread of X', { call: (w) => as('assistantX', 'supportAgentReply', { conversationId: w.a.supportConversationId }, msg()) }],
  ['assistant of X hands a thread of X to the bot', { call: (w) => as('assistantX', 'supportReturnToBot', { conversationId: w.a.supportConversationId }) }],
  ['assistant of X sees its console profile', { call: () => as('assistantX', 'consoleMe') }],
  ['assistant of X lists the shops it assists', { call: () => as('assistantX', 'assisting') }],
  // Caller-scoped ids: the id names a shared thing; the call changes the caller's own row only.
  ['user B changes the X SKU in B cart only', { call: (w) => as('userB', 'updateCartItem', { skuId: w.x.skuId }, { quantity: 2 }), untouched: (w) => read(w, as('userA', 'cart')) }],
  ['user B removes the X SKU from B cart only', { call: (w) => as('userB', 'removeCartItem', { skuId: w.x.skuId }), untouched: (w) => read(w, as('userA', 'cart')) }],
  ['user B unfavourites X goods for B only', { call: (w) => as('userB', 'removeFavourite', { goodsId: w.x.goodsId }), untouched: (w) => read(w, as('userA', 'myFavourites')) }],
  ['user B favourites X goods for B only', { call: (w) => as('userB', 'addFavourite', { goodsId: w.x.goodsId }), untouched: (w) => read(w, as('userA', 'myFavourites')) }],
  ['user B unfollows X room for B only', { call: (w) => as('userB', 'unfollowRoom', { roomId: w.x.roomId }), untouched: (w) => read(w, as('userA', 'myFollows')) }],
  ['user B follows X room for B only', { call: (w) => as('userB', 'followRoom', { roomId: w.x.roomId }), untouched: (w) => read(w, as('userA', 'myFollows')) }],
  ['user B reads B own support messages with X', { call: (w) => as('userB', 'mySupportMessages', { merchantId: w.x.merchantId }), untouched: (w) => read(w, as('userA', 'mySupportMessages', { merchantId: w.x.merchantId })) }],
  ['user B writes to X support in B own thread', { call: (w) => as('userB', 'sendSupportMessage', { merchantId: w.x.merchantId }, msg()), untouched: (w) => read(w, as('userA', 'mySupportMessages', { merchantId: w.x.merchantId })) }],
  ['user B helps A bargain (the point of a bargain)', { call: (w) => as('userB', 'helpBargain', { id: w.a.bargainId }) }],
  ['merchant Y adds user B as Y assistant, X list unchanged', { call: (w) => as('merchantY', 'addAssistant', { userId: w.actors.userB.userId! }), untouched: (w) => read(w, as('merchantX', 'assistants')) }],
  ['merchant Y removes user B again, X list unchanged', { call: (w) => as('merchantY', 'removeAssistant', { userId: w.actors.userB.userId! }), untouched: (w) => read(w, as('merchantX', 'assistants')) }],
] as Array<[string, AllowedCase]>).map(([name, c]) => [name, { ...c, name }]);

/**
 * Routes with a path parameter that no owner guards, and why. Anything with a `:param` must be in a case
 * above, in `refusalCases`, or here.
 */
export const notOwnerScoped: Partial<Record<RouteKey, string>> = {
  liveRoom: 'public room page; checked for leaks (push URL) below',
  remindMe: "the caller's own reminder of a public room",
  cancelReminder: "the caller's own reminder of a public room",
  sendGift: 'any viewer of a live room; pays from their own points/wallet',
  lottery: 'public, verifiable by anyone',
  lotteryEntrants: 'public, verifiable by anyone (user ids only)',
  goodsDetail: 'public catalogue',
  redPacket: 'public packet page; checked for leaks below',
  grabRedPacket: 'any user grabs; the share lands in their own wallet',
  redPacketGrabs: 'public grab list (nickname, avatar, amount); checked for leaks below',
  bargainActivity: 'public activity page',
  startBargain: "any user starts their own bargain",
  bargain: 'public share page of a bargain; checked for leaks below',
  groupBuy: 'public activity page',
  startGroup: 'any user starts their own group',
  group: 'public group page; checked for leaks below',
  joinGroup: 'joining someone else’s group is the point; the order is the joiner’s own',
  groupShareCard: 'public share card',
  claimCoupon: 'any user claims into their own coupons',
  flashSale: 'public',
  flashSaleToken: "the caller's own purchase token",
  flashSaleOrder: "the caller's own order",
  myExperimentAssignment: "the caller's own assignment",
  recordExperimentExposure: "the caller's own exposure",
  contentDetail: 'public published content',
  recordContentView: "counts the caller's own view",
  goodsContents: 'public',
  supportQuickQuestions: 'public FAQ keywords of a shop',
};

/** Lists of per-owner data: the caller's rows only. `mine` must be there; `theirs` never. */
export interface ListCase {
  call: (w: World) => Call;
  mine: (w: World) => string[];
  theirs: (w: World) => string[];
}

const aIds = (w: World) => [w.a.addressId, w.a.paidOrderId, w.a.unpaidOrderId, w.a.shippedOrderId, w.a.refundId, w.a.couponId, w.a.bargainId, w.a.notificationId, w.a.supportConversationId, w.a.paymentId];
const xIds = (w: World) => [w.x.roomId, w.x.goodsId, w.x.redPacketId, w.x.couponTemplateId, w.x.fullReductionId, w.x.groupBuyId, w.x.flashSaleId, w.x.bargainActivityId, w.x.experimentKey, w.x.contentId, w.x.scheduleId, w.a.paidOrderId, w.a.supportConversationId, w.actors.assistantX.userId!];

export const listCases: Array<[string, ListCase]> = [
  ['myOrders', { call: () => as('userB', 'myOrders'), mine: (w) => [w.b.paidOrderId], theirs: aIds }],
  ['addresses', { call: () => as('userB', 'addresses'), mine: (w) => [w.b.addressId], theirs: (w) => [...aIds(w)] }],
  ['cart', { call: () => as('userB', 'cart'), mine: () => [], theirs: aIds }],
  ['myCoupons', { call: () => as('userB', 'myCoupons'), mine: (w) => [w.b.couponId], theirs: aIds }],
  ['myBargains', { call: () => as('userB', 'myBargains'), mine: (w) => [w.b.bargainId], theirs: aIds }],
  ['myNotifications', { call: () => as('userB', 'myNotifications'), mine: (w) => [w.b.notificationId], theirs: aIds }],
  ['myNotices', { call: () => as('userB', 'myNotices'), mine: () => [], theirs: aIds }],
  ['myGrabs', { call: () => as('userB', 'myGrabs'), mine: (w) => [w.x.redPacketId], theirs: aIds }],
  ['myWallet', { call: () => as('userB', 'myWallet'), mine: () => [], theirs: (w) => [w.actors.userA.userId!] }],
  ['myPoints', { call: () => as('userB', 'myPoints'), mine: () => [], theirs: (w) => [w.actors.userA.userId!] }],
  ['myPointsHistory', { call: () => as('userB', 'myPointsHistory'), mine: () => [], theirs: aIds }],
  ['myReminders', { call: () => as('userB', 'myReminders'), mine: () => [], theirs: aIds }],
  ['mySupportMessages', { call: (w) => as('userB', 'mySupportMessages', { merchantId: w.x.merchantId }), mine: (w) => [w.b.supportConversationId], theirs: (w) => [...aIds(w), PRIVATE_MARKERS.phone] }],
  ['me', { call: () => as('userB', 'me'), mine: (w) => [w.actors.userB.userId!], theirs: (w) => [w.actors.userA.userId!] }],
  ['myProfile', { call: () => as('userB', 'myProfile'), mine: () => [], theirs: (w) => [w.actors.userA.userId!] }],
  ['myRooms', { call: () => as('merchantY', 'myRooms'), mine: (w) => [w.y.roomId], theirs: xIds }],
  ['merchantGoods', { call: () => as('merchantY', 'merchantGoods'), mine: (w) => [w.y.goodsId], theirs: xIds }],
  ['merchantOrders', { call: () => as('merchantY', 'merchantOrders'), mine: () => [], theirs: (w) => [...xIds(w), ...aIds(w), PRIVATE_MARKERS.phone, PRIVATE_MARKERS.addressDetail] }],
  ['merchantWallet', { call: () => as('merchantY', 'merchantWallet'), mine: (w) => [w.y.merchantId], theirs: (w) => [w.x.merchantId] }],
  ['merchantRedPackets', { call: () => as('merchantY', 'merchantRedPackets'), mine: (w) => [w.y.redPacketId], theirs: xIds }],
  ['merchantCouponTemplates', { call: () => as('merchantY', 'merchantCouponTemplates'), mine: (w) => [w.y.couponTemplateId], theirs: xIds }],
  ['merchantFullReductions', { call: () => as('merchantY', 'merchantFullReductions'), mine: (w) => [w.y.fullReductionId], theirs: xIds }],
  ['merchantGroupBuys', { call: () => as('merchantY', 'merchantGroupBuys'), mine: (w) => [w.y.groupBuyId], theirs: xIds }],
  ['merchantFlashSales', { call: () => as('merchantY', 'merchantFlashSales'), mine: (w) => [w.y.flashSaleId], theirs: xIds }],
  ['merchantBargainActivities', { call: () => as('merchantY', 'merchantBargainActivities'), mine: (w) => [w.y.bargainActivityId], theirs: xIds }],
  ['merchantExperiments', { call: () => as('merchantY', 'merchantExperiments'), mine: (w) => [w.y.experimentKey], theirs: xIds }],
  ['merchantContents', { call: () => as('merchantY', 'merchantContents'), mine: (w) => [w.y.contentId], theirs: xIds }],
  ['assistants', { call: () => as('merchantY', 'assistants'), mine: () => [], theirs: xIds }],
  ['supportInbox', { call: () => as('merchantY', 'supportInbox', undefined, undefined, { status: 'all' }), mine: () => [], theirs: (w) => [...xIds(w), PRIVATE_MARKERS.phone] }],
  ['shopDashboard', { call: () => as('merchantY', 'shopDashboard', undefined, undefined, { from: today(-1), to: today(0) }), mine: () => [], theirs: xIds }],
  ['consoleMe', { call: () => as('merchantY', 'consoleMe'), mine: (w) => [w.y.merchantId], theirs: (w) => [w.x.merchantId] }],
  ['assisting', { call: () => as('assistantX', 'assisting'), mine: (w) => [w.x.merchantId], theirs: (w) => [w.y.merchantId] }],
];

/** Public reads: what anyone sees of X's things never carries private fields. */
export const publicReads: Array<[string, (w: World) => Call]> = [
  ['live room page', (w) => as('guest', 'liveRoom', { roomId: w.x.roomId })],
  ['live room list', () => as('guest', 'liveRooms')],
  ['red packet page', (w) => as('userB', 'redPacket', { id: w.x.redPacketId })],
  ['red packet grabs', (w) => as('guest', 'redPacketGrabs', { id: w.x.redPacketId })],
  ['bargain share page', (w) => as('userB', 'bargain', { id: w.a.bargainId })],
  ['group page', (w) => as('guest', 'group', { id: w.a.groupId })],
  ['group buy page', (w) => as('guest', 'groupBuy', { id: w.x.groupBuyId })],
  ['lottery', (w) => as('guest', 'lottery', { id: w.x.lotteryId })],
  ['goods page', (w) => as('guest', 'goodsDetail', { id: w.x.goodsId })],
  ['content page', (w) => as('guest', 'contentDetail', { id: w.x.contentId })],
];
