import { z } from 'zod';
import { instantSchema } from './instant';
import { addressInputSchema, lineQuantitySchema } from './cart';
import { quoteCouponSchema } from './coupon';
import { nonNegativeFenSchema, positiveFenSchema } from './money';

/** How long an order waits for its payment before it is cancelled and its stock released. */
export const PAYMENT_TIMEOUT_MINUTES = 15;

export const orderStatusSchema = z.enum(['pending_payment', 'paid', 'shipped', 'completed', 'cancelled']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/**
 * Where an order's price came from: the catalogue (`mall`, where coupons and 满减 apply) or a marketing
 * activity that set the price itself (a flash sale, a group buy, a bargain), named by `sourceId`.
 */
export const orderSourceSchema = z.enum(['mall', 'flash_sale', 'group_buy', 'bargain']);
export type OrderSource = z.infer<typeof orderSourceSchema>;

/** Why an order was cancelled; `activity_failed`: its activity could not keep it (a group that never filled). */
export const cancelReasonSchema = z.enum(['user', 'timeout', 'merchant', 'activity_failed']);
export type CancelReason = z.infer<typeof cancelReasonSchema>;

/**
 * Which coupon to use: one of mine, `null` for none, absent to let the server choose the best (the quote's
 * `suggestedCouponId`). Catalogue orders only.
 */
export const couponChoiceSchema = z.string().uuid().nullable().optional();

export const checkoutLineSchema = z.object({ skuId: z.string().uuid(), quantity: lineQuantitySchema });

const pointsToUseSchema = z.number().int().min(0).max(100_000_000);

/**
 * What the buyer asks for. Prices are never sent: the server reads them. One order is one merchant's
 * goods (a cart with several shops checks out once per shop).
 */
export const checkoutRequestSchema = z
  .object({
    lines: z.array(checkoutLineSchema).min(1).max(50),
    addressId: z.string().uuid().optional(),
    /** Remove the ordered lines from the cart once the order exists. */
    fromCart: z.boolean().default(false),
    couponId: couponChoiceSchema,
    /** Points to pay with (after 满减 and the coupon), converted at the rules' rate and capped; absent: none. */
    pointsToUse: pointsToUseSchema.optional(),
  })
  .refine((v) => new Set(v.lines.map((l) => l.skuId)).size === v.lines.length, { message: 'each SKU once', path: ['lines'] });
export type CheckoutRequest = z.infer<typeof checkoutRequestSchema>;

export const createOrderRequestSchema = z
  .object({
    /** Retrying with the same id creates one order. */
    requestId: z.string().uuid(),
    lines: z.array(checkoutLineSchema).min(1).max(50),
    addressId: z.string().uuid(),
    fromCart: z.boolean().default(false),
    couponId: couponChoiceSchema,
    /** Points to pay with (after 满减 and the coupon), converted at the rules' rate and capped; absent: none. */
    pointsToUse: pointsToUseSchema.optional(),
  })
  .refine((v) => new Set(v.lines.map((l) => l.skuId)).size === v.lines.length, { message: 'each SKU once', path: ['lines'] });
export type CreateOrderRequest = z.infer<typeof createOrderRequestSchema>;

/** A bought line as it was at checkout: what the buyer saw, kept even if the catalogue changes. */
const lineSnapshotSchema = z.object({
  skuId: z.string().uuid(),
  goodsId: z.string().uuid(),
  title: z.string(),
  specText: z.string(),
  coverUrl: z.string().nullable(),
  priceFen: positiveFenSchema,
  quantity: lineQuantitySchema,
});

export const quoteLineSchema = lineSnapshotSchema.extend({
  subtotalFen: positiveFenSchema,
  stock: z.number().int().nonnegative(),
});

/** What took money off: the 满减 tier reached (`full_reduction`), the coupon applied (`coupon`), then points (`points`). */
export const checkoutDiscountSchema = z.object({ kind: z.string(), label: z.string(), amountFen: positiveFenSchema });

/** Points at checkout, when they were asked for: converted at the rules' rate, capped by the cap percent. */
export const checkoutPointsSchema = z.object({
  /** My points balance now. */
  balance: z.number().int().nonnegative(),
  /** The most points this order can take (the cap percent of the total after the coupon, and my balance). */
  maxPoints: z.number().int().nonnegative(),
  /** Points these figures spend, and the fen they take off (the `points` discount). */
  usedPoints: z.number().int().nonnegative(),
  deductionFen: nonNegativeFenSchema,
});
export type CheckoutPoints = z.infer<typeof checkoutPointsSchema>;

/** The checkout page's figures, all computed on the server. */
export const checkoutQuoteSchema = z.object({
  merchantId: z.string().uuid(),
  lines: z.array(quoteLineSchema),
  itemsFen: positiveFenSchema,
  shippingFen: nonNegativeFenSchema,
  discounts: z.array(checkoutDiscountSchema),
  discountFen: nonNegativeFenSchema,
  totalFen: positiveFenSchema,
  /** My coupons usable on these lines (after 满减), best first, each with what it would take off. */
  coupons: z.array(quoteCouponSchema),
  /** The best of `coupons` (null: none usable). */
  suggestedCouponId: z.string().uuid().nullable(),
  /** The coupon these figures include: the one asked for, or the suggested one when none was named. */
  appliedCouponId: z.string().uuid().nullable(),
  /** Present when `pointsToUse` was sent. */
  points: checkoutPointsSchema.optional(),
});
export type CheckoutQuote = z.infer<typeof checkoutQuoteSchema>;

export const orderItemSchema = lineSnapshotSchema.extend({
  id: z.string().uuid(),
  refundedQuantity: z.number().int().nonnegative(),
  /** This line's part of the order's discount (满减 + coupon + member level); the line was paid `priceFen*quantity - discountFen`. */
  discountFen: nonNegativeFenSchema,
});

export const refundStatusSchema = z.enum(['requested', 'approved', 'rejected', 'refunded']);
export const refundSchema = z.object({
  id: z.string().uuid(),
  orderItemId: z.string().uuid(),
  quantity: z.number().int().positive(),
  amountFen: positiveFenSchema,
  reason: z.string(),
  status: refundStatusSchema,
  note: z.string().nullable(),
  createdAt: instantSchema,
});
export type Refund = z.infer<typeof refundSchema>;

export const orderSchema = z.object({
  id: z.string().uuid(),
  no: z.string(),
  userId: z.string().uuid(),
  merchantId: z.string().uuid(),
  status: orderStatusSchema,
  source: orderSourceSchema,
  sourceId: z.string().uuid().nullable(),
  items: z.array(orderItemSchema),
  itemsFen: positiveFenSchema,
  shippingFen: nonNegativeFenSchema,
  discountFen: nonNegativeFenSchema,
  totalFen: positiveFenSchema,
  /** The coupon used on this order (it goes back to its owner if the order is cancelled or refunded in full). */
  couponId: z.string().uuid().nullable(),
  refundedFen: nonNegativeFenSchema,
  address: addressInputSchema.omit({ isDefault: true }),
  createdAt: instantSchema,
  payDeadline: instantSchema,
  paidAt: instantSchema.nullable(),
  shippedAt: instantSchema.nullable(),
  carrier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  completedAt: instantSchema.nullable(),
  cancelledAt: instantSchema.nullable(),
  cancelReason: cancelReasonSchema.nullable(),
  refunds: z.array(refundSchema),
});
export type Order = z.infer<typeof orderSchema>;

export const orderIdParamsSchema = z.object({ id: z.string().uuid() });
export const orderListQuerySchema = z.object({
  status: orderStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

export const shipOrderRequestSchema = z.object({
  carrier: z.string().trim().min(1).max(32),
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, '6–40 letters, digits or dashes'),
});
export type ShipOrderRequest = z.infer<typeof shipOrderRequestSchema>;

export const requestRefundRequestSchema = z.object({
  orderItemId: z.string().uuid(),
  quantity: z.number().int().min(1).max(99),
  reason: z.string().trim().min(1).max(200),
});
export type RequestRefundRequest = z.infer<typeof requestRefundRequestSchema>;

export const refundIdParamsSchema = z.object({ id: z.string().uuid() });
export const decideRefundRequestSchema = z.object({ approve: z.boolean(), note: z.string().trim().max(200).optional() });
export type DecideRefundRequest = z.infer<typeof decideRefundRequestSchema>;
