/**
 * A goods' stock, as every reader shows it: the sum over its on-sale SKUs (stock lives on `goods_skus`;
 * a SKU dropped by an edit no longer counts). `alias` names the goods row in the query.
 */
export const goodsStockSql = (alias = 'g') =>
  `(SELECT coalesce(sum(k.stock), 0) FROM goods_skus k WHERE k.goods_id = ${alias}.id AND k.on_sale)::int`;
