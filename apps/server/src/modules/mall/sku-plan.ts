import type { SaveGoodsRequest } from '@livemall/shared';

/** A SKU as a save writes it, keyed by its spec values. */
export interface PlannedSku {
  specValues: string[];
  /** `JSON.stringify(specValues)`: unique within a goods, so a save matches SKUs the goods has by it. */
  specKey: string;
  priceFen: number;
  originalPriceFen: number | null;
  stock: number;
  code: string | null;
}

export interface SkuPlan {
  skus: PlannedSku[];
  /** The goods' listed price: the cheapest SKU's, with that SKU's original price (the first listed on a tie). */
  priceFen: number;
  originalPriceFen: number | null;
}

export const specKeyOf = (specValues: readonly string[]) => JSON.stringify(specValues);

/** The SKUs of a validated save (each combination once, at least one SKU) and the price they give the goods. */
export function planSkus(skus: SaveGoodsRequest['skus']): SkuPlan {
  const planned = skus.map((s): PlannedSku => ({
    specValues: [...s.specValues],
    specKey: specKeyOf(s.specValues),
    priceFen: s.priceFen,
    originalPriceFen: s.originalPriceFen ?? null,
    stock: s.stock,
    code: s.code ?? null,
  }));
  const cheapest = planned.reduce((min, s) => (s.priceFen < min.priceFen ? s : min));
  return { skus: planned, priceFen: cheapest.priceFen, originalPriceFen: cheapest.originalPriceFen };
}
