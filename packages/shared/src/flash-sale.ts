import { z } from 'zod';
import { instantSchema } from './instant';
import { pageQuerySchema } from './catalog';
import { positiveFenSchema } from './money';
import { orderSchema } from './order';

/** How long a flash-sale order waits for payment unless the merchant says otherwise (units are scarce). */
export const FLASH_SALE_DEFAULT_PAY_MINUTES = 5;

/** Where a sale is in its window: before `startsAt`, between, or after `endsAt` (or stopped by the shop). */
export const flashSaleStatusSchema = z.enum(['upcoming', 'live', 'ended']);
export type FlashSaleStatus = z.infer<typeof flashSaleStatusSchema>;

/** A flash sale (秒杀) as buyers see it: one SKU at a sale price, a fixed number of units. */
export const flashSaleSchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  goodsId: z.string().uuid(),
  skuId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  /** The SKU's spec values, e.g. "红色 / XL" (empty for a goods without specs). */
  specText: z.string(),
  /** The SKU's catalogue price, for the struck-through figure. */
  normalPriceFen: positiveFenSchema,
  salePriceFen: positiveFenSchema,
  totalUnits: z.number().int().positive(),
  unitsLeft: z.number().int().nonnegative(),
  perUserLimit: z.number().int().positive(),
  payMinutes: z.number().int().positive(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  status: flashSaleStatusSchema,
});
export type FlashSale = z.infer<typeof flashSaleSchema>;

/** The merchant's view adds the figures. */
export const merchantFlashSaleSchema = flashSaleSchema.extend({
  /** Units in live orders (pending payment or paid). */
  unitsOrdered: z.number().int().nonnegative(),
  /** Units in paid orders. */
  unitsPaid: z.number().int().nonnegative(),
  /** Units given back to the SKU's stock when the sale ended (null until then). */
  unitsReturned: z.number().int().nonnegative().nullable(),
  stoppedAt: instantSchema.nullable(),
  createdAt: instantSchema,
});
export type MerchantFlashSale = z.infer<typeof merchantFlashSaleSchema>;

export const createFlashSaleRequestSchema = z
  .object({
    skuId: z.string().uuid(),
    salePriceFen: positiveFenSchema.max(100_000_000),
    /** Set aside from the SKU's stock at once; unsold ones go back when the sale ends. */
    totalUnits: z.number().int().min(1).max(1_000_000),
    perUserLimit: z.number().int().min(1).max(99).default(1),
    startsAt: instantSchema,
    endsAt: instantSchema,
    payMinutes: z.number().int().min(1).max(60).default(FLASH_SALE_DEFAULT_PAY_MINUTES),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { message: 'must be after startsAt', path: ['endsAt'] });
export type CreateFlashSaleRequest = z.infer<typeof createFlashSaleRequestSchema>;

export const flashSaleIdParamsSchema = z.object({ id: z.string().uuid() });

export const flashSaleListQuerySchema = pageQuerySchema.extend({
  /** Only sales in this state; by default upcoming and live ones. */
  status: z.enum(['upcoming', 'live']).optional(),
});
export type FlashSaleListQuery = z.infer<typeof flashSaleListQuerySchema>;

/** The pass to buy: valid for one buyer, one sale, until `expiresAt`. Ask again when it lapses. */
export const flashSaleTokenSchema = z.object({
  token: z.string(),
  expiresAt: instantSchema,
});
export type FlashSaleToken = z.infer<typeof flashSaleTokenSchema>;

export const flashSaleOrderRequestSchema = z.object({
  /** From `GET /flash-sales/:id/token`. Missing, forged or expired: FLASH_SALE_TOKEN_INVALID (not a 400). */
  token: z.string().max(512).default(''),
  /** Retrying with the same id creates one order. */
  requestId: z.string().uuid(),
  addressId: z.string().uuid(),
  quantity: z.number().int().min(1).max(99).default(1),
});
export type FlashSaleOrderRequest = z.infer<typeof flashSaleOrderRequestSchema>;

/** The order made (pay it before `order.payDeadline`, or the units go back to the sale). */
export const flashSaleOrderResultSchema = z.object({
  order: orderSchema,
  unitsLeft: z.number().int().nonnegative(),
});
export type FlashSaleOrderResult = z.infer<typeof flashSaleOrderResultSchema>;
