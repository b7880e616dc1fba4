import { z } from 'zod';

/** Points an inviter earns when an invitee's first order is paid (the server's default; configurable there). */
export const INVITE_REWARD_POINTS_DEFAULT = 200;

/** Invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const inviteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, '8 letters or digits');

export const inviteInfoSchema = z.object({
  code: z.string(),
  /** The mini-program page a share opens, carrying the code (H5 uses the same path). */
  sharePath: z.string(),
  /** Users who bound my code. */
  inviteesCount: z.number().int().nonnegative(),
  /** Invitees whose first order was paid (each earned me points). */
  rewardedCount: z.number().int().nonnegative(),
  pointsEarned: z.number().int().nonnegative(),
  /** Points per rewarded invitee. */
  rewardPoints: z.number().int().nonnegative(),
  /** Who invited me, once bound. */
  inviter: z.object({ userId: z.string().uuid(), nickname: z.string(), avatarUrl: z.string().nullable() }).nullable(),
  /** Whether I may still bind an inviter (not yet bound, no paid order). */
  canBind: z.boolean(),
});
export type InviteInfo = z.infer<typeof inviteInfoSchema>;

export const bindInviterRequestSchema = z.object({ code: inviteCodeSchema });
export type BindInviterRequest = z.infer<typeof bindInviterRequestSchema>;
