/** Free shipping from this many fen of goods (99 元); below it a flat fee. Per-shop rules can replace this. */
export const FREE_SHIPPING_FROM_FEN = 9_900;
export const FLAT_SHIPPING_FEN = 800;

export function shippingFor(itemsFen: number): number {
  return itemsFen >= FREE_SHIPPING_FROM_FEN ? 0 : FLAT_SHIPPING_FEN;
}
