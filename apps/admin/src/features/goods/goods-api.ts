import { api, type GoodsDetail } from '@livemall/shared';
import { call } from '../../api/call';
import { collectPages } from './collect-pages';

/**
 * A goods of this shop, on or off the shelf. There is no merchant route for one goods (the public one
 * answers only goods on the shelf), so the shop's list is followed until it turns up.
 */
export async function findOwnGoods(id: string): Promise<GoodsDetail | null> {
  const all = await collectPages((cursor) => call(api.merchantGoods, { query: { limit: 50, cursor } }), {
    until: (items) => items.some((g) => g.id === id),
  });
  return all.find((g) => g.id === id) ?? null;
}

export const loadCategories = async () => (await call(api.categories)).items;
