// The mall's pages live in one sub-package so the tab pages' main package stays small.
const MALL = '/subpackages/mall';

export const mallPages = {
  goods: `${MALL}/goods/index`,
  cart: `${MALL}/cart/index`,
  checkout: `${MALL}/checkout/index`,
  addresses: `${MALL}/address/index`,
  orders: `${MALL}/orders/index`,
  order: `${MALL}/order/index`,
} as const;

/** The goods page: the mall tab, the live room's goods cards and the host console all lead here. */
export function goodsUrl(goodsId: string): string {
  return `${mallPages.goods}?id=${goodsId}`;
}

export function orderUrl(orderId: string): string {
  return `${mallPages.order}?id=${orderId}`;
}

// Coupons, flash sales, group buys, bargains and invites: one sub-package of their own.
const MARKETING = '/subpackages/marketing';

export const marketingPages = {
  couponCentre: `${MARKETING}/coupons/index`,
  myCoupons: `${MARKETING}/my-coupons/index`,
  flashSales: `${MARKETING}/flash-sales/index`,
  flashSale: `${MARKETING}/flash-sale/index`,
  groupBuys: `${MARKETING}/group-buys/index`,
  groupBuy: `${MARKETING}/group-buy/index`,
  group: `${MARKETING}/group/index`,
  bargain: `${MARKETING}/bargain/index`,
  myBargains: `${MARKETING}/bargains/index`,
  invite: `${MARKETING}/invite/index`,
} as const;

export const flashSaleUrl = (id: string) => `${marketingPages.flashSale}?id=${id}`;
export const groupBuyUrl = (activityId: string) => `${marketingPages.groupBuy}?id=${activityId}`;
/** A group's page: what a share card opens. */
export const groupUrl = (groupId: string) => `${marketingPages.group}?id=${groupId}`;
/** A bargain's page: what its share link opens (friends help from there). */
export const bargainUrl = (bargainId: string) => `${marketingPages.bargain}?id=${bargainId}`;
export const bargainActivityUrl = (activityId: string) => `${marketingPages.bargain}?activityId=${activityId}`;

// Points, favourites, history, inbox and settings (issue 8): one sub-package, the Me tab only links to it.
const MEMBER = '/subpackages/member';

export const memberPages = {
  points: `${MEMBER}/points/index`,
  favourites: `${MEMBER}/favourites/index`,
  follows: `${MEMBER}/follows/index`,
  history: `${MEMBER}/history/index`,
  inbox: `${MEMBER}/inbox/index`,
  settings: `${MEMBER}/settings/index`,
} as const;

export const roomUrl = (roomId: string) => `/subpackages/live/room/index?roomId=${roomId}`;

// 种草 content (issue 9): its feed and detail live in a sub-package; the mall tab and goods page link here.
const CONTENT = '/subpackages/content';

export const contentPages = {
  feed: `${CONTENT}/feed/index`,
  detail: `${CONTENT}/detail/index`,
} as const;

export const contentUrl = (contentId: string) => `${contentPages.detail}?id=${contentId}`;

// Customer service (issue 9): the chat with a shop; the shop's inbox sits in the host sub-package.
export const servicePages = {
  chat: '/subpackages/service/chat/index',
  hostInbox: '/subpackages/host/inbox/index',
} as const;

/** The chat with a shop; `orderNo` pre-fills the question about that order (from the order page). */
export const chatUrl = (merchantId: string, orderNo?: string) =>
  `${servicePages.chat}?merchantId=${merchantId}${orderNo ? `&orderNo=${orderNo}` : ''}`;
