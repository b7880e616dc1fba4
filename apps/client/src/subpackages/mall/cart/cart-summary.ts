import type { CartItem } from '@livemall/shared';

export interface CartShop {
  merchantId: string;
  lines: CartItem[];
  quantity: number;
  totalFen: number;
}

export interface CartSummary {
  /** Selected lines that can be ordered (unavailable ones never count, even if still ticked). */
  lines: CartItem[];
  quantity: number;
  /** Display only: the server's price per line × quantity. The checkout's figures come from the server. */
  totalFen: number;
  /** The selected lines by shop, in cart order. One order is one shop. */
  shops: CartShop[];
  /** Every available line is selected (and there is one). */
  allSelected: boolean;
}

const lineFen = (line: CartItem) => line.priceFen * line.quantity;

/** What the cart's footer shows: the selection's count and total, and whether it spans shops. */
export function summarizeCart(items: readonly CartItem[]): CartSummary {
  const available = items.filter((i) => i.available);
  const lines = available.filter((i) => i.selected);
  const shops: CartShop[] = [];
  for (const line of lines) {
    let shop = shops.find((s) => s.merchantId === line.merchantId);
    if (!shop) shops.push((shop = { merchantId: line.merchantId, lines: [], quantity: 0, totalFen: 0 }));
    shop.lines.push(line);
    shop.quantity += line.quantity;
    shop.totalFen += lineFen(line);
  }
  return {
    lines,
    quantity: lines.reduce((n, l) => n + l.quantity, 0),
    totalFen: lines.reduce((n, l) => n + lineFen(l), 0),
    shops,
    allSelected: available.length > 0 && lines.length === available.length,
  };
}

/** A line the buyer can still order as it stands: on sale, with stock for its quantity. */
export function lineProblem(line: CartItem): string | null {
  if (!line.available) return '已失效';
  if (line.stock === 0) return '已售罄';
  if (line.quantity > line.stock) return `仅剩 ${line.stock} 件`;
  return null;
}
