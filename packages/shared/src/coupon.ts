import { z } from 'zod';
import { instantSchema } from './instant';
import { nonNegativeFenSchema, positiveFenSchema } from './money';

/**
 * Coupons (优惠券) and full reductions (满减). A merchant defines coupon templates; buyers claim coupons
 * from them (the coupon centre, a live-room card) or are granted them (new-user coupons, invite rewards).
 *
 * Stacking at checkout (catalogue orders only; activity orders — flash sale, group buy, bargain — take
 * neither): the best 满减 tier applies to the items subtotal first; then at most one coupon, whose
 * threshold is checked against its eligible lines' amount after 满减. The total never goes below 1 fen.
 */

/** `amount_off`: ¥amountFen off once the eligible amount reaches thresholdFen (0: no threshold). */
const amountOffSchema = z.object({
  kind: z.literal('amount_off'),
  thresholdFen: nonNegativeFenSchema,
  amountFen: positiveFenSchema,
});
/** `percent_off`: pay `payPercent`% of the eligible amount (85 = 8.5折), at most `capFen` off. */
const percentOffSchema = z.object({
  kind: z.literal('percent_off'),
  thresholdFen: nonNegativeFenSchema.default(0),
  payPercent: z.number().int().min(1).max(99),
  capFen: positiveFenSchema,
});
export const couponRuleSchema = z
  .discriminatedUnion('kind', [amountOffSchema, percentOffSchema])
  .refine((r) => r.kind !== 'amount_off' || r.thresholdFen === 0 || r.amountFen < r.thresholdFen, {
    message: 'the amount off must be below the threshold',
    path: ['amountFen'],
  });
export type CouponRule = z.infer<typeof couponRuleSchema>;

/** When a claimed coupon can be used: fixed dates, or `validDays` from the moment it is claimed. */
export const couponValiditySchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('absolute'), validFrom: instantSchema, validTo: instantSchema })
    .refine((v) => Date.parse(v.validFrom) < Date.parse(v.validTo), { message: 'validFrom must be before validTo', path: ['validTo'] }),
  z.object({ kind: z.literal('relative'), validDays: z.number().int().min(1).max(365) }),
]);
export type CouponValidity = z.infer<typeof couponValiditySchema>;

/** Which of the merchant's goods a coupon applies to. */
export const couponScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('categories'), ids: z.array(z.string().uuid()).min(1).max(50) }),
  z.object({ kind: z.literal('goods'), ids: z.array(z.string().uuid()).min(1).max(200) }),
]);
export type CouponScope = z.infer<typeof couponScopeSchema>;

export const createCouponTemplateRequestSchema = z.object({
  name: z.string().trim().min(1).max(40),
  rule: couponRuleSchema,
  validity: couponValiditySchema,
  totalQuantity: z.number().int().min(1).max(1_000_000),
  perUserLimit: z.number().int().min(1).max(100).default(1),
  scope: couponScopeSchema.default({ kind: 'all' }),
  /** Only users with no paid order yet may claim it. */
  newUserOnly: z.boolean().default(false),
  /** Listed in the coupon centre (otherwise claimable only from a live-room card or granted). */
  showInCentre: z.boolean().default(true),
  /** A new-user coupon: granted once, without claiming, to each user with no paid order. */
  grantOnSignup: z.boolean().default(false),
  /** A birthday coupon: granted once a year, without claiming, to each user in their birthday month. */
  grantOnBirthday: z.boolean().default(false),
});
export type CreateCouponTemplateRequest = z.infer<typeof createCouponTemplateRequestSchema>;

export const couponTemplateStatusSchema = z.enum(['active', 'stopped']);

/** A template as buyers see it. */
export const couponTemplateSchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  merchantName: z.string(),
  name: z.string(),
  rule: couponRuleSchema,
  validity: couponValiditySchema,
  totalQuantity: z.number().int().positive(),
  perUserLimit: z.number().int().positive(),
  scope: couponScopeSchema,
  newUserOnly: z.boolean(),
  showInCentre: z.boolean(),
  grantOnSignup: z.boolean(),
  grantOnBirthday: z.boolean(),
  status: couponTemplateStatusSchema,
  /** Claimed (and granted) so far; never above totalQuantity. */
  claimedCount: z.number().int().nonnegative(),
  createdAt: instantSchema,
});
export type CouponTemplate = z.infer<typeof couponTemplateSchema>;

/** A template as its merchant sees it, with how many coupons were used on orders. */
export const merchantCouponTemplateSchema = couponTemplateSchema.extend({ usedCount: z.number().int().nonnegative() });
export type MerchantCouponTemplate = z.infer<typeof merchantCouponTemplateSchema>;

/** A coupon centre entry: the template and whether I can still claim it. */
export const couponCentreEntrySchema = z.object({
  template: couponTemplateSchema,
  claimedByMe: z.number().int().nonnegative(),
  canClaim: z.boolean(),
  /** Why not, when `canClaim` is false. */
  reason: z.enum(['sold_out', 'limit_reached', 'new_users_only', 'ended']).nullable(),
});
export type CouponCentreEntry = z.infer<typeof couponCentreEntrySchema>;

export const couponStatusSchema = z.enum(['unused', 'used', 'expired']);
export type CouponStatus = z.infer<typeof couponStatusSchema>;

/** One coupon I hold. `expired`: unused and past `validTo`. */
export const myCouponSchema = z.object({
  id: z.string().uuid(),
  templateId: z.string().uuid(),
  merchantId: z.string().uuid(),
  merchantName: z.string(),
  name: z.string(),
  rule: couponRuleSchema,
  scope: couponScopeSchema,
  status: couponStatusSchema,
  validFrom: instantSchema,
  validTo: instantSchema,
  orderId: z.string().uuid().nullable(),
  usedAt: instantSchema.nullable(),
  claimedAt: instantSchema,
});
export type MyCoupon = z.infer<typeof myCouponSchema>;

export const myCouponsQuerySchema = z.object({ status: couponStatusSchema.default('unused') });
export type MyCouponsQuery = z.infer<typeof myCouponsQuerySchema>;

export const couponTemplateIdParamsSchema = z.object({ id: z.string().uuid() });

export const claimCouponRequestSchema = z.object({
  /** Retrying with the same id claims once and answers with the same coupon. */
  requestId: z.string().uuid(),
});
export type ClaimCouponRequest = z.infer<typeof claimCouponRequestSchema>;

/** A coupon usable on the cart being quoted, with what it would take off. */
export const quoteCouponSchema = z.object({ coupon: myCouponSchema, discountFen: positiveFenSchema });
export type QuoteCoupon = z.infer<typeof quoteCouponSchema>;

/** One 满减 tier: `amountFen` off once the items subtotal reaches `thresholdFen`. */
export const fullReductionTierSchema = z
  .object({ thresholdFen: positiveFenSchema, amountFen: positiveFenSchema })
  .refine((t) => t.amountFen < t.thresholdFen, { message: 'the amount off must be below the threshold', path: ['amountFen'] });
export type FullReductionTier = z.infer<typeof fullReductionTierSchema>;

export const createFullReductionRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    /** E.g. [{¥100 → ¥10}, {¥200 → ¥25}]; the highest tier reached applies. */
    tiers: z
      .array(fullReductionTierSchema)
      .min(1)
      .max(5)
      .refine((ts) => new Set(ts.map((t) => t.thresholdFen)).size === ts.length, { message: 'each threshold once' }),
    startsAt: instantSchema,
    endsAt: instantSchema,
  })
  .refine((v) => Date.parse(v.startsAt) < Date.parse(v.endsAt), { message: 'startsAt must be before endsAt', path: ['endsAt'] });
export type CreateFullReductionRequest = z.infer<typeof createFullReductionRequestSchema>;

export const fullReductionSchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  name: z.string(),
  tiers: z.array(fullReductionTierSchema),
  startsAt: instantSchema,
  endsAt: instantSchema,
  active: z.boolean(),
  createdAt: instantSchema,
});
export type FullReduction = z.infer<typeof fullReductionSchema>;

export const fullReductionIdParamsSchema = z.object({ id: z.string().uuid() });

/** Push a coupon card into a live room; viewers claim it through the normal claim route. */
export const pushCouponRequestSchema = z.object({ templateId: z.string().uuid() });
export type PushCouponRequest = z.infer<typeof pushCouponRequestSchema>;

/** The coupon card a live room shows (ws `coupon_card` event). */
export const roomCouponCardSchema = z.object({
  templateId: z.string().uuid(),
  name: z.string(),
  rule: couponRuleSchema,
  remaining: z.number().int().nonnegative(),
});
export type RoomCouponCard = z.infer<typeof roomCouponCardSchema>;
