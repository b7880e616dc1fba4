import { z } from 'zod';
import { instantSchema } from './instant';
import { goodsSummarySchema, liveRoomSummarySchema } from './catalog';
import { nonNegativeFenSchema } from './money';
import { httpsUrlSchema } from './url';

/**
 * Membership (会员): a user's growth value (成长值) puts them at a level; levels are one platform-wide table
 * the merchant edits. Growth comes from completed orders: paid fen / 100 (one point per yuan), once per order.
 */

/** A level's name is short: it is shown next to the viewer's nickname in the live room. */
export const MEMBER_LEVEL_NAME_MAX = 8;
export const MEMBER_LEVELS_MAX = 10;

export const memberLevelSchema = z.object({
  /** 0 for the entry level, then 1, 2… in order of growth. */
  rank: z.number().int().nonnegative(),
  name: z.string().trim().min(1).max(MEMBER_LEVEL_NAME_MAX),
  /** Growth value from which a user is at this level; the entry level starts at 0. */
  growthFrom: z.number().int().nonnegative(),
  /** What a member pays of the goods price, in percent: 98 = pays 98% (2% off); 100 = no discount. */
  discountPercent: z.number().int().min(50).max(100),
  /** Shipping is free from this many fen of goods; null: the shop's usual rule. */
  freeShippingFromFen: nonNegativeFenSchema.nullable(),
  /** A coupon template granted once a month to members at this level; null: none. */
  monthlyCouponTemplateId: z.string().uuid().nullable(),
});
export type MemberLevel = z.infer<typeof memberLevelSchema>;

export const memberLevelsSchema = z.object({ levels: z.array(memberLevelSchema) });
export type MemberLevels = z.infer<typeof memberLevelsSchema>;

/**
 * `PUT /admin/member-levels` (the platform admin): the whole table, replacing the old one. Ranks are the array order; the
 * first level starts at growth 0 and each next one needs strictly more growth.
 */
export const saveMemberLevelsRequestSchema = z.object({
  levels: z
    .array(memberLevelSchema.omit({ rank: true }))
    .min(1)
    .max(MEMBER_LEVELS_MAX)
    .refine((ls) => ls[0]?.growthFrom === 0, { message: 'the first level starts at growth 0', params: { code: 'MEMBER_LEVELS_INVALID' } })
    .refine((ls) => ls.every((l, i) => i === 0 || l.growthFrom > (ls[i - 1]?.growthFrom ?? 0)), {
      message: 'each level needs more growth than the one before',
      params: { code: 'MEMBER_LEVELS_INVALID' },
    })
    .refine((ls) => new Set(ls.map((l) => l.name)).size === ls.length, { message: 'level names must differ', params: { code: 'MEMBER_LEVELS_INVALID' } }),
});
export type SaveMemberLevelsRequest = z.infer<typeof saveMemberLevelsRequestSchema>;

/** `GET /me/member`: my card. Reading it grants this month's level coupon if it is due (once a month). */
export const memberCardSchema = z.object({
  growth: z.number().int().nonnegative(),
  level: memberLevelSchema,
  /** The next level and the growth still needed to reach it; null at the top. */
  next: z.object({ rank: z.number().int(), name: z.string(), growthFrom: z.number().int(), growthNeeded: z.number().int().positive() }).nullable(),
  benefits: z.object({
    discountPercent: z.number().int(),
    freeShippingFromFen: nonNegativeFenSchema.nullable(),
    /** This month's level coupon: its template and whether it is in my coupons (granted this month). */
    monthlyCoupon: z.object({ templateId: z.string().uuid(), grantedThisMonth: z.boolean() }).nullable(),
  }),
});
export type MemberCard = z.infer<typeof memberCardSchema>;

export const NICKNAME_MAX = 20;
export const AVATAR_URL_MAX = 512;

/** `GET /me/profile`. The phone is only ever shown masked (138****8000). */
export const profileSchema = z.object({
  id: z.string().uuid(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  /** From `/me/birthday` (set there). */
  birthday: z.object({ month: z.number().int(), day: z.number().int() }).nullable(),
  levelName: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

/** `PATCH /me/profile`: at least one field. An avatar picked on the phone goes through `POST /me/avatar` instead. */
export const updateProfileRequestSchema = z
  .object({
    nickname: z.string().trim().min(1).max(NICKNAME_MAX).optional(),
    avatarUrl: httpsUrlSchema.max(AVATAR_URL_MAX).optional(),
  })
  .refine((p) => p.nickname !== undefined || p.avatarUrl !== undefined, { message: 'nothing to change' });
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

/** Largest avatar image accepted, in bytes (WeChat's chooseAvatar images are far smaller). */
export const AVATAR_MAX_BYTES = 512 * 1024;

/**
 * `POST /me/avatar`: the image itself, base64 in JSON (both weapp's file system and H5's FileReader give
 * base64, and the request stays under the API's 1 MiB body limit). The server checks the bytes are what
 * `contentType` says, stores the file and serves it under `/uploads/avatars/`.
 */
export const uploadAvatarRequestSchema = z.object({
  contentType: z.enum(['image/png', 'image/jpeg']),
  dataBase64: z
    .string()
    .min(16)
    .max(Math.ceil(AVATAR_MAX_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
});
export type UploadAvatarRequest = z.infer<typeof uploadAvatarRequestSchema>;

/** `POST /me/phone`: the code from the mini-program's `getPhoneNumber` button. */
export const bindPhoneRequestSchema = z.object({ code: z.string().trim().min(1).max(128) });
export type BindPhoneRequest = z.infer<typeof bindPhoneRequestSchema>;

export const favouriteGoodsSchema = z.object({ goods: goodsSummarySchema, at: instantSchema });
export type FavouriteGoods = z.infer<typeof favouriteGoodsSchema>;

export const followedRoomSchema = z.object({ room: liveRoomSummarySchema, at: instantSchema });
export type FollowedRoom = z.infer<typeof followedRoomSchema>;

/** How many goods the browsing history keeps per user (newest first, one row per goods). */
export const BROWSING_HISTORY_MAX = 100;
export const viewedGoodsSchema = z.object({ goods: goodsSummarySchema, at: instantSchema });
export type ViewedGoods = z.infer<typeof viewedGoodsSchema>;

/** The answer of `PUT`/`DELETE` on a favourite or a follow: the state now (both are idempotent). */
export const favouriteStateSchema = z.object({ favourited: z.boolean() });
export type FavouriteState = z.infer<typeof favouriteStateSchema>;
export const followStateSchema = z.object({ following: z.boolean() });
export type FollowState = z.infer<typeof followStateSchema>;

export const goodsIdOnlyParamsSchema = z.object({ goodsId: z.string().uuid() });
