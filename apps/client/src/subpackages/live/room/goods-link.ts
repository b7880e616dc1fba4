import Taro from '@tarojs/taro';
import type { GoodsSummary } from '@livemall/shared';

/**
 * Where a goods card in the room leads. There is no goods page yet (it comes with the mall issue), so
 * the mall tab; when it lands, only this function changes.
 */
export function openGoods(_goods: GoodsSummary): void {
  void Taro.switchTab({ url: '/pages/mall/index' });
}

/** The seed's route for a red packet, which the conventions make part of the public contract. */
export function openRedPacket(id: string): void {
  void Taro.navigateTo({ url: `/pages/redPacket/redPacket?redPacketId=${id}` });
}
