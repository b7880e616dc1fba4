import { z } from 'zod';
import { httpsUrlSchema } from './url';
import { userSchema } from './user';

/** `POST /auth/wechat`: the `code` from `wx.login()` (valid once, for five minutes). */
export const wechatLoginRequestSchema = z.object({
  code: z.string().min(1).max(128),
  nickname: z.string().min(1).max(64).optional(),
  avatarUrl: httpsUrlSchema.optional(),
});
export type WechatLoginRequest = z.infer<typeof wechatLoginRequestSchema>;

/**
 * `POST /auth/guest`: the browser (H5) login for demos and development. `deviceId` is a random id the
 * browser keeps, so the same browser comes back as the same guest.
 */
export const guestLoginRequestSchema = z.object({
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'letters, digits, _ or -, 8 to 64 characters'),
  nickname: z.string().min(1).max(64).optional(),
});
export type GuestLoginRequest = z.infer<typeof guestLoginRequestSchema>;

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(16).max(512),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const authTokensSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  accessExpiresIn: z.number().int().positive(),
  refreshToken: z.string(),
  user: userSchema,
});
export type AuthTokens = z.infer<typeof authTokensSchema>;
