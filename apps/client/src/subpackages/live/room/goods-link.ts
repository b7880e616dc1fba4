import Taro from '@tarojs/taro';
import type { GoodsSummary } from '@livemall/shared';
import { goodsUrl } from '@/utils/routes';

/** Where a goods card in the room leads: the goods page, over the room (back returns to the stream). */
export function openGoods(goods: GoodsSummary): void {
  void Taro.navigateTo({ url: goodsUrl(goods.id) });
}

/** The seed's route for a red packet, which the conventions make part of the public contract. */
export function openRedPacket(id: string): void {
  void Taro.navigateTo({ url: `/pages/redPacket/redPacket?redPacketId=${id}` });
}
