import Taro from '@tarojs/taro';
import type { TrackTarget } from '@livemall/shared';
import { track } from './tracker';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The live room a page was opened from (`roomId` in its query), when it was. */
export function roomIdOfPage(): string | undefined {
  const roomId = Taro.getCurrentInstance().router?.params.roomId;
  return roomId && UUID.test(roomId) ? roomId : undefined;
}

export const trackClick = (target: TrackTarget, targetId: string) => track({ type: 'click', target, targetId });

export const trackShare = (target: TrackTarget, targetId: string) => track({ type: 'share', target, targetId });

/** Added from the goods page; the room is the one the goods page was opened from, if any. */
export function trackAddToCart(goodsId: string, skuId: string, quantity: number): void {
  const roomId = roomIdOfPage();
  track({ type: 'add_to_cart', goodsId, skuId, quantity, ...(roomId ? { roomId } : {}) });
}

/** Passes an answer through, tracking the order it names: for `.then()` after a create. */
export function trackOrderCreated<O extends { id: string }>(order: O): O {
  track({ type: 'order', orderId: order.id });
  return order;
}

export const trackPaid = (orderId: string) => track({ type: 'pay', orderId });
