import type { GoodsCard, GoodsDetail, Sku, Spec } from '@livemall/shared';
import { goodsStockSql } from './goods-stock.sql';

/** Columns of a goods card; `g` is the goods alias. */
export const CARD_COLUMNS = `g.id, g.seq, g.merchant_id, g.title, g.cover_url, g.price_fen, g.original_price_fen, g.sales, ${goodsStockSql('g')} AS stock`;
export const DETAIL_COLUMNS = `${CARD_COLUMNS}, g.category_id, g.images, g.video_url, g.description_html, g.specs, g.on_shelf`;
export const SKU_COLUMNS = `k.id, k.goods_id, k.spec_key, k.spec_values, k.price_fen, k.original_price_fen, k.stock, k.code`;

export type CardRow = {
  id: string; seq: string; merchant_id: string; title: string; cover_url: string | null;
  price_fen: string; original_price_fen: string | null; sales: number; stock: number;
};
export type DetailRow = CardRow & {
  category_id: string | null; images: string[]; video_url: string | null; description_html: string; specs: Spec[]; on_shelf: boolean;
};
export type SkuRow = {
  id: string; goods_id: string; spec_key: string; spec_values: string[]; price_fen: string; original_price_fen: string | null; stock: number; code: string | null;
};

const fen = (v: string | null) => (v === null ? null : Number(v));

export const toCard = (g: CardRow): GoodsCard => ({
  id: g.id, merchantId: g.merchant_id, title: g.title, coverUrl: g.cover_url, priceFen: Number(g.price_fen),
  originalPriceFen: fen(g.original_price_fen), sales: g.sales, stock: g.stock,
});

const toSku = (k: SkuRow): Sku => ({
  id: k.id, specValues: k.spec_values, priceFen: Number(k.price_fen), originalPriceFen: fen(k.original_price_fen), stock: k.stock, code: k.code,
});

/** SKUs in the order of their spec values (the first spec varies slowest), as a buyer's picker lists them. */
function skuOrder(specs: readonly Spec[]) {
  const rank = (k: SkuRow) => k.spec_values.map((v, i) => specs[i]?.values.indexOf(v) ?? 0);
  return (a: SkuRow, b: SkuRow) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  };
}

export const toDetail = (g: DetailRow, skus: readonly SkuRow[]): GoodsDetail => ({
  ...toCard(g),
  categoryId: g.category_id, images: g.images, videoUrl: g.video_url, descriptionHtml: g.description_html, specs: g.specs,
  skus: [...skus].sort(skuOrder(g.specs)).map(toSku),
  onShelf: g.on_shelf,
});
