import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface FavouriteToggle {
  /** null: not known yet (or logged out). */
  favourited: boolean | null;
  busy: boolean;
  toggle(): Promise<void>;
}

/**
 * 收藏 on the goods page. The goods detail does not say whether I favourited it, so the newest 50
 * favourites tell (an older one shows as not favourited until tapped; PUT is idempotent, so no harm).
 */
export function useFavourite(goodsId: string, signedIn: boolean): FavouriteToggle {
  const [favourited, setFavourited] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!signedIn) return setFavourited(null);
    let current = true;
    call(api.myFavourites, { query: { limit: 50 } }).then(
      (page) => current && setFavourited(page.items.some((f) => f.goods.id === goodsId)),
      () => current && setFavourited(false),
    );
    return () => {
      current = false;
    };
  }, [goodsId, signedIn]);

  const toggle = async () => {
    if (busy) return;
    if (!signedIn) return void Taro.navigateTo({ url: '/subpackages/account/login/index' });
    setBusy(true);
    try {
      const route = favourited ? api.removeFavourite : api.addFavourite;
      const state = await call(route, { params: { goodsId } });
      setFavourited(state.favourited);
      void Taro.showToast({ title: state.favourited ? '已收藏' : '已取消收藏', icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return { favourited, busy, toggle };
}
