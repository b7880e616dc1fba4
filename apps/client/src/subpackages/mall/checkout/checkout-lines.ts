import { checkoutLineSchema, type CheckoutRequest } from '@livemall/shared';

type Line = CheckoutRequest['lines'][number];

/**
 * The checkout page's lines travel in its URL (`lines=<skuId>*<qty>,…`), so an H5 reload or a shared
 * link still shows the same checkout. At most 50 lines of ~40 characters: well inside a URL.
 */
export function encodeLines(lines: readonly Line[]): string {
  return lines.map((l) => `${l.skuId}*${l.quantity}`).join(',');
}

/** The lines back from the URL; null when anything in it is not a valid line (or a SKU repeats). */
export function decodeLines(text: string | undefined): Line[] | null {
  if (!text) return null;
  const lines: Line[] = [];
  for (const part of decodeURIComponent(text).split(',')) {
    const [skuId, quantity] = part.split('*');
    const parsed = checkoutLineSchema.safeParse({ skuId, quantity: Number(quantity) });
    if (!parsed.success || lines.some((l) => l.skuId === parsed.data.skuId)) return null;
    lines.push(parsed.data);
  }
  return lines.length ? lines : null;
}
