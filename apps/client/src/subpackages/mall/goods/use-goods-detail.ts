import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type GoodsDetail } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface GoodsDetailState {
  goods: GoodsDetail | null;
  error: string | null;
  reload(): Promise<void>;
}

/** GET /goods/:id, again on `reload` (e.g. after stock ran out under the buyer). */
export function useGoodsDetail(goodsId: string | null): GoodsDetailState {
  const [goods, setGoods] = useState<GoodsDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!goodsId) return;
    const mine = ++latest.current;
    setError(null);
    try {
      const detail = await call(api.goodsDetail, { params: { id: goodsId } });
      if (mine === latest.current) setGoods(detail);
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
    }
  }, [goodsId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { goods, error, reload };
}
