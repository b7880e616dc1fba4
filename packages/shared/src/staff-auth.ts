import { z } from 'zod';
import { authTokensSchema } from './auth';

/**
 * A console login name: compared without case, so it is stored lower-case. Input is trimmed and
 * lower-cased before the pattern is checked.
 */
export const staffLoginNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, 'letters, digits, _ . or -, 3 to 32 characters');

export const staffPasswordSchema = z.string().min(8, 'at least 8 characters').max(128);

/** `POST /auth/staff/login`: the merchant console's password login. */
export const staffLoginRequestSchema = z.object({
  login: staffLoginNameSchema,
  // Any length is accepted here so a short wrong password is an ordinary failed attempt, not a 400 that tells the rules.
  password: z.string().min(1).max(128),
});
export type StaffLoginRequest = z.infer<typeof staffLoginRequestSchema>;

export const staffRoleSchema = z.enum(['owner', 'assistant']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Who is using the console: the shop they work for and how. */
export const staffProfileSchema = z.object({
  userId: z.string().uuid(),
  nickname: z.string(),
  merchantId: z.string().uuid(),
  merchantName: z.string(),
  role: staffRoleSchema,
  /** The console login name, or null while no password is set (the owner came in by WeChat or the demo login). */
  login: z.string().nullable(),
});
export type StaffProfile = z.infer<typeof staffProfileSchema>;

/** The usual token pair (so `/auth/refresh` keeps it going) plus the console profile. */
export const staffLoginResultSchema = authTokensSchema.extend({ staff: staffProfileSchema });
export type StaffLoginResult = z.infer<typeof staffLoginResultSchema>;

/** `PUT /merchant/console/password`: set or change my own login name and password. */
export const setStaffPasswordRequestSchema = z.object({
  login: staffLoginNameSchema,
  password: staffPasswordSchema,
  /** Required once a password exists. */
  currentPassword: z.string().min(1).max(128).optional(),
});
export type SetStaffPasswordRequest = z.infer<typeof setStaffPasswordRequestSchema>;
