import Taro from '@tarojs/taro';
import type { GoodsSummary } from '@livemall/shared';
import { roomIdOfPage, trackClick } from '@/services/track-events';
import { goodsUrl } from '@/utils/routes';

/** Where a goods card in the room leads: the goods page, over the room (back returns to the stream). */
export function openGoods(goods: GoodsSummary): void {
  trackClick('goods', goods.id);
  // The room rides along so an add to cart there is credited to it.
  const roomId = roomIdOfPage();
  void Taro.navigateTo({ url: roomId ? `${goodsUrl(goods.id)}&roomId=${roomId}` : goodsUrl(goods.id) });
}

/** The seed's route for a red packet, which the conventions make part of the public contract. */
export function openRedPacket(id: string): void {
  void Taro.navigateTo({ url: `/pages/redPacket/redPacket?redPacketId=${id}` });
}
