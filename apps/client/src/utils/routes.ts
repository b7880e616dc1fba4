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
