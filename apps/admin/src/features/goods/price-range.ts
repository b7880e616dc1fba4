import { formatFen, type GoodsDetail } from '@livemall/shared';

/** "¥9.90 – ¥19.90", or one price when every SKU costs the same. */
export function priceRange(goods: Pick<GoodsDetail, 'skus'>): string {
  if (goods.skus.length === 0) return '—';
  const prices = goods.skus.map((s) => s.priceFen);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? formatFen(low) : `${formatFen(low)} – ${formatFen(high)}`;
}

export const totalStock = (goods: Pick<GoodsDetail, 'skus'>): number => goods.skus.reduce((n, s) => n + s.stock, 0);
