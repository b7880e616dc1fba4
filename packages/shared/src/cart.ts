import { z } from 'zod';
import { positiveFenSchema } from './money';

export const MAX_LINE_QUANTITY = 99;
export const lineQuantitySchema = z.number().int().min(1).max(MAX_LINE_QUANTITY);

/** A cart line with today's price and stock (the cart stores only the SKU and the quantity). */
export const cartItemSchema = z.object({
  skuId: z.string().uuid(),
  goodsId: z.string().uuid(),
  merchantId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  specText: z.string(),
  priceFen: positiveFenSchema,
  stock: z.number().int().nonnegative(),
  quantity: lineQuantitySchema,
  selected: z.boolean(),
  /** False when the goods went off the shelf or the SKU no longer exists. */
  available: z.boolean(),
});
export type CartItem = z.infer<typeof cartItemSchema>;

export const cartSchema = z.object({ items: z.array(cartItemSchema) });
export type Cart = z.infer<typeof cartSchema>;

export const addToCartRequestSchema = z.object({ skuId: z.string().uuid(), quantity: lineQuantitySchema.default(1) });
export type AddToCartRequest = z.infer<typeof addToCartRequestSchema>;

export const updateCartItemRequestSchema = z
  .object({ quantity: lineQuantitySchema.optional(), selected: z.boolean().optional() })
  .refine((v) => v.quantity !== undefined || v.selected !== undefined, 'change the quantity or the selection');
export type UpdateCartItemRequest = z.infer<typeof updateCartItemRequestSchema>;

export const skuIdParamsSchema = z.object({ skuId: z.string().uuid() });

export const addressInputSchema = z.object({
  name: z.string().trim().min(1).max(20),
  phone: z.string().regex(/^1\d{10}$/, 'an 11-digit mainland mobile number'),
  province: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(20),
  district: z.string().trim().min(1).max(20),
  detail: z.string().trim().min(1).max(120),
  isDefault: z.boolean().default(false),
});
export type AddressInput = z.infer<typeof addressInputSchema>;

export const addressSchema = addressInputSchema.extend({ id: z.string().uuid() });
export type Address = z.infer<typeof addressSchema>;
export const addressIdParamsSchema = z.object({ id: z.string().uuid() });
