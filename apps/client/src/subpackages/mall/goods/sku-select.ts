import type { Sku, Spec } from '@livemall/shared';

/** The buyer's pick: one value (or nothing yet) per spec, in the specs' order. */
export type Choice = readonly (string | null)[];

export interface SpecOption {
  value: string;
  selected: boolean;
  /** False when no SKU in stock has this value together with the values chosen in the other specs. */
  enabled: boolean;
}

const inStock = (sku: Sku) => sku.stock > 0;

/** Whether `sku` agrees with every chosen value, ignoring the spec at `except`. */
function matches(sku: Sku, choice: Choice, except = -1): boolean {
  return choice.every((value, i) => i === except || value === null || sku.specValues[i] === value);
}

/**
 * The starting pick: a goods without specs, or with only one SKU in stock, is chosen already; otherwise
 * nothing is, so the buyer sees the price range until they pick.
 */
export function initialChoice(specs: readonly Spec[], skus: readonly Sku[]): Choice {
  const available = skus.filter(inStock);
  if (available.length === 1) return [...available[0]!.specValues];
  return specs.map(() => null);
}

/** One row per spec, each value enabled only if picking it can still lead to a SKU in stock. */
export function specOptions(specs: readonly Spec[], skus: readonly Sku[], choice: Choice): SpecOption[][] {
  return specs.map((spec, i) =>
    spec.values.map((value) => ({
      value,
      selected: choice[i] === value,
      enabled: skus.some((sku) => inStock(sku) && sku.specValues[i] === value && matches(sku, choice, i)),
    })),
  );
}

/**
 * The pick after tapping `value` in spec `index`: a disabled value changes nothing, the chosen value is
 * unchosen, any other value replaces the spec's choice. The other specs' choices stay valid because an
 * enabled value is one that agrees with all of them.
 */
export function toggleValue(specs: readonly Spec[], skus: readonly Sku[], choice: Choice, index: number, value: string): Choice {
  const option = specOptions(specs, skus, choice)[index]?.find((o) => o.value === value);
  if (!option || !option.enabled) return choice;
  return choice.map((v, i) => (i === index ? (v === value ? null : value) : v));
}

/** The SKU the pick names once every spec has a value; null while one is missing. */
export function resolveSku(skus: readonly Sku[], choice: Choice): Sku | null {
  if (choice.some((v) => v === null)) return null;
  return skus.find((sku) => sku.specValues.length === choice.length && matches(sku, choice)) ?? null;
}

/** The names of the specs still to pick, for "请选择 颜色 尺码". */
export function missingSpecs(specs: readonly Spec[], choice: Choice): string[] {
  return specs.filter((_, i) => choice[i] == null).map((s) => s.name);
}

/** Lowest and highest price among the SKUs the pick still allows (in stock), in fen. */
export function priceRange(skus: readonly Sku[], choice: Choice): { min: number; max: number } | null {
  const candidates = skus.filter((sku) => inStock(sku) && matches(sku, choice));
  const pool = candidates.length ? candidates : skus;
  if (!pool.length) return null;
  const prices = pool.map((s) => s.priceFen);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

/** How many a buyer may put in one line: the SKU's stock, at most 99 (the cart's line limit). */
export function maxQuantity(sku: Sku | null, lineLimit = 99): number {
  return sku ? Math.min(sku.stock, lineLimit) : lineLimit;
}
