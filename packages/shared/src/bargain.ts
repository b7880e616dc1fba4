import { z } from 'zod';
import { instantSchema } from './instant';
import { nonNegativeFenSchema, positiveFenSchema } from './money';

/** Most friends one bargain may ask for help. */
export const BARGAIN_MAX_HELPERS = 50;
/** Longest a started bargain stays open (7 days). */
export const BARGAIN_MAX_MINUTES = 7 * 24 * 60;
/** How long the buyer has to pay a bargain order. */
export const BARGAIN_PAY_MINUTES = 15;

/** `active`: within its window and not stopped; `stopped` by the merchant; `ended`: past its window. */
export const bargainActivityStatusSchema = z.enum(['scheduled', 'active', 'stopped', 'ended']);
export type BargainActivityStatus = z.infer<typeof bargainActivityStatusSchema>;

export const createBargainActivityRequestSchema = z
  .object({
    skuId: z.string().uuid(),
    /** What the last helper brings the price down to; below the SKU's price (checked on the server). */
    floorPriceFen: positiveFenSchema,
    helpersNeeded: z.number().int().min(1).max(BARGAIN_MAX_HELPERS),
    /** How long each started bargain stays open. */
    timeLimitMinutes: z.number().int().min(1).max(BARGAIN_MAX_MINUTES),
    /** Default: now. */
    startsAt: instantSchema.optional(),
    endsAt: instantSchema,
  })
  .superRefine((v, ctx) => {
    const from = v.startsAt ? Date.parse(v.startsAt) : undefined;
    if (from !== undefined && Date.parse(v.endsAt) <= from) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  });
export type CreateBargainActivityRequest = z.infer<typeof createBargainActivityRequestSchema>;

/** A bargain activity as the goods card and the merchant's list show it. */
export const bargainActivitySchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  goodsId: z.string().uuid(),
  goodsTitle: z.string(),
  coverUrl: z.string().nullable(),
  skuId: z.string().uuid(),
  specText: z.string(),
  /** The SKU's price when the activity was created: where every bargain starts. */
  originalPriceFen: positiveFenSchema,
  floorPriceFen: positiveFenSchema,
  helpersNeeded: z.number().int().positive(),
  timeLimitMinutes: z.number().int().positive(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  status: bargainActivityStatusSchema,
  createdAt: instantSchema,
});
export type BargainActivity = z.infer<typeof bargainActivitySchema>;

export const bargainActivityIdParamsSchema = z.object({ id: z.string().uuid() });

/**
 * `open`: helpers may still cut; `floor_reached`: every helper came, the price is the floor; `ordered`: bought
 * (an unpaid order cancelled puts it back to open/floor_reached); `expired`: the time limit passed unbought.
 */
export const bargainStatusSchema = z.enum(['open', 'floor_reached', 'ordered', 'expired']);
export type BargainStatus = z.infer<typeof bargainStatusSchema>;

export const bargainHelperSchema = z.object({
  userId: z.string().uuid(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  cutFen: positiveFenSchema,
  /** 0-based help order. */
  seq: z.number().int().nonnegative(),
  createdAt: instantSchema,
});
export type BargainHelper = z.infer<typeof bargainHelperSchema>;

/** A bargain as its share page shows it. */
export const bargainSchema = z.object({
  id: z.string().uuid(),
  activity: bargainActivitySchema,
  starter: z.object({ userId: z.string().uuid(), nickname: z.string(), avatarUrl: z.string().nullable() }),
  originalPriceFen: positiveFenSchema,
  floorPriceFen: positiveFenSchema,
  currentPriceFen: positiveFenSchema,
  /** Cut so far: original − current. */
  cutFen: nonNegativeFenSchema,
  helpersDone: z.number().int().nonnegative(),
  helpersNeeded: z.number().int().positive(),
  /** In help order. */
  helpers: z.array(bargainHelperSchema),
  status: bargainStatusSchema,
  expiresAt: instantSchema,
  /** The order it was bought with (the latest one, while `ordered`). */
  orderId: z.string().uuid().nullable(),
  createdAt: instantSchema,
  /** For the caller: is it their own, and did they help (with how much). */
  mine: z.boolean(),
  myCutFen: positiveFenSchema.nullable(),
});
export type Bargain = z.infer<typeof bargainSchema>;

export const bargainIdParamsSchema = z.object({ id: z.string().uuid() });

/** What a helper sees after helping: their own cut and the bargain after it. */
export const helpBargainResultSchema = z.object({
  cutFen: positiveFenSchema,
  seq: z.number().int().nonnegative(),
  bargain: bargainSchema,
});
export type HelpBargainResult = z.infer<typeof helpBargainResultSchema>;

export const buyBargainRequestSchema = z.object({
  /** Retrying with the same id creates one order. */
  requestId: z.string().uuid(),
  addressId: z.string().uuid(),
});
export type BuyBargainRequest = z.infer<typeof buyBargainRequestSchema>;
