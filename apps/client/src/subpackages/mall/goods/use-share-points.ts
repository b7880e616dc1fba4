import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { call } from '@/services/request';

/**
 * A share earns points up to the daily cap (the server keeps the count). Only a signed-in buyer asks; a
 * failure costs the buyer nothing but the points, so it is not shown.
 */
export function useSharePoints(goodsId: string, signedIn: boolean): () => void {
  return () => {
    if (!signedIn) return;
    call(api.shareGoods, { body: { goodsId } })
      .then((r) => (r.points > 0 ? Taro.showToast({ title: `分享成功 +${r.points} 积分`, icon: 'none' }) : undefined))
      .catch(() => undefined);
  };
}
