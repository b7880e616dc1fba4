import { api, formatFen, type GoodsDetail } from '@livemall/shared';
import { useEffect, useState } from 'react';
import { call } from '../../../api/call';

/** Enough pages for a shop's whole catalogue in a picker; a shop with more types a search elsewhere. */
const MAX_PAGES = 10;

export async function loadShopGoods(): Promise<GoodsDetail[]> {
  const all: GoodsDetail[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await call(api.merchantGoods, { query: { limit: 50, cursor } });
    all.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}

export interface ShopGoods {
  goods: GoodsDetail[];
  loading: boolean;
  error: string | null;
}

/** The shop's goods for a picker, loaded once per form. */
export function useShopGoods(): ShopGoods {
  const [state, setState] = useState<ShopGoods>({ goods: [], loading: true, error: null });
  useEffect(() => {
    let alive = true;
    loadShopGoods().then(
      (goods) => alive && setState({ goods, loading: false, error: null }),
      () => alive && setState({ goods: [], loading: false, error: '商品列表加载失败，请刷新重试' }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

/** One option per SKU: "title · 红色/XL · ¥12.00（库存 5）". */
export function skuOptions(goods: GoodsDetail[]) {
  return goods.flatMap((g) =>
    g.skus.map((s) => ({
      value: s.id,
      label: `${g.title}${s.specValues.length ? ` · ${s.specValues.join('/')}` : ''} · ${formatFen(s.priceFen)}（库存 ${s.stock}）`,
    })),
  );
}

export const goodsOptions = (goods: GoodsDetail[]) => goods.map((g) => ({ value: g.id, label: g.title }));
