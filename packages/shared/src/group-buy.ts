import { z } from 'zod';
import { instantSchema } from './instant';
import { orderSchema } from './order';
import { positiveFenSchema } from './money';

/** A group holds 2 to 20 seats, as in the yudao 拼团 module. */
export const GROUP_MIN_SIZE = 2;
export const GROUP_MAX_SIZE = 20;
/** A group stays open for 5 minutes to 7 days. */
export const GROUP_MIN_MINUTES = 5;
export const GROUP_MAX_MINUTES = 7 * 24 * 60;

/** `upcoming`/`ended`: outside its window; `stopped`: the merchant ended it early. */
export const groupBuyActivityStatusSchema = z.enum(['upcoming', 'active', 'ended', 'stopped']);
export type GroupBuyActivityStatus = z.infer<typeof groupBuyActivityStatusSchema>;

/**
 * `forming`: started, the starter has not paid yet (nobody can join); `open`: the starter paid, others can
 * join until it is full or expires; `succeeded`: every seat paid (or filled virtually); `failed`: expired
 * short of seats, every payment given back.
 */
export const groupStatusSchema = z.enum(['forming', 'open', 'succeeded', 'failed']);
export type GroupStatus = z.infer<typeof groupStatusSchema>;

export const createGroupBuyRequestSchema = z
  .object({
    skuId: z.string().uuid(),
    /** The group price for one unit; must be below the SKU's normal price (checked on the server). */
    groupPriceFen: positiveFenSchema,
    groupSize: z.number().int().min(GROUP_MIN_SIZE).max(GROUP_MAX_SIZE),
    /** How long a group has to fill, from its start. */
    timeLimitMinutes: z.number().int().min(GROUP_MIN_MINUTES).max(GROUP_MAX_MINUTES),
    /** How many groups (started or joined, not failed) one buyer may be in for this activity. */
    perUserLimit: z.number().int().min(1).max(100),
    startsAt: instantSchema,
    endsAt: instantSchema,
    /** 虚拟成团: a group that expires with at least one paid member is filled with virtual seats and succeeds. */
    virtualFill: z.boolean().default(false),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { message: 'must be after startsAt', path: ['endsAt'] });
export type CreateGroupBuyRequest = z.infer<typeof createGroupBuyRequestSchema>;

export const groupBuyIdParamsSchema = z.object({ id: z.string().uuid() });
export const groupIdParamsSchema = z.object({ id: z.string().uuid() });

/** What a buyer sees of an activity. `normalPriceFen` is the SKU's price today. */
export const groupBuyActivitySchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  goodsId: z.string().uuid(),
  skuId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  specText: z.string(),
  normalPriceFen: positiveFenSchema,
  groupPriceFen: positiveFenSchema,
  groupSize: z.number().int(),
  timeLimitMinutes: z.number().int(),
  perUserLimit: z.number().int(),
  virtualFill: z.boolean(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  status: groupBuyActivityStatusSchema,
});
export type GroupBuyActivity = z.infer<typeof groupBuyActivitySchema>;

/** The merchant's list adds how the activity is doing. */
export const merchantGroupBuySchema = groupBuyActivitySchema.extend({
  figures: z.object({
    groupsOpen: z.number().int().nonnegative(),
    groupsSucceeded: z.number().int().nonnegative(),
    groupsFailed: z.number().int().nonnegative(),
    /** Seats bought by real buyers in succeeded groups. */
    seatsSold: z.number().int().nonnegative(),
    virtualSeats: z.number().int().nonnegative(),
  }),
});
export type MerchantGroupBuy = z.infer<typeof merchantGroupBuySchema>;

/** A seat: paid members only (and virtual ones); a virtual seat has a placeholder name and no avatar. */
export const groupMemberSchema = z.object({
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  isStarter: z.boolean(),
  virtual: z.boolean(),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const groupSchema = z.object({
  id: z.string().uuid(),
  activityId: z.string().uuid(),
  status: groupStatusSchema,
  groupSize: z.number().int(),
  /** Paid (and virtual) seats. */
  seatsTaken: z.number().int().nonnegative(),
  seatsLeft: z.number().int().nonnegative(),
  expiresAt: instantSchema,
  members: z.array(groupMemberSchema),
});
export type Group = z.infer<typeof groupSchema>;

export const groupBuyDetailSchema = z.object({
  activity: groupBuyActivitySchema,
  /** Groups one can join now, fewest seats left first. */
  openGroups: z.array(groupSchema),
});
export type GroupBuyDetail = z.infer<typeof groupBuyDetailSchema>;

/** Starting or joining: a fresh `requestId` per attempt; a retry with the same id returns the same order. */
export const groupOrderRequestSchema = z.object({
  requestId: z.string().uuid(),
  addressId: z.string().uuid(),
});
export type GroupOrderRequest = z.infer<typeof groupOrderRequestSchema>;

/** The group and the order to pay (through the normal `/orders/:id/pay`). */
export const groupOrderResultSchema = z.object({ group: groupSchema, order: orderSchema });
export type GroupOrderResult = z.infer<typeof groupOrderResultSchema>;

/** What a share card in a chat shows; it links to the group page by `groupId`. */
export const groupShareCardSchema = z.object({
  groupId: z.string().uuid(),
  activityId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  groupPriceFen: positiveFenSchema,
  normalPriceFen: positiveFenSchema,
  seatsLeft: z.number().int().nonnegative(),
  expiresAt: instantSchema,
  status: groupStatusSchema,
});
export type GroupShareCard = z.infer<typeof groupShareCardSchema>;

/**
 * A marketing notice waiting to be delivered (a group succeeded…); written in the transaction of the event,
 * at most once per user, kind and subject. `refId` is the subject (the group id for `group_succeeded` and
 * `group_failed`: the group did not fill in time and the payment is refunded).
 */
export const marketingNoticeKindSchema = z.enum(['group_succeeded', 'group_failed']);
export type MarketingNoticeKind = z.infer<typeof marketingNoticeKindSchema>;
export const marketingNoticeSchema = z.object({
  id: z.string().uuid(),
  kind: marketingNoticeKindSchema,
  refId: z.string().uuid(),
  createdAt: instantSchema,
});
export type MarketingNotice = z.infer<typeof marketingNoticeSchema>;
