import { z } from 'zod';
import { instantSchema } from './instant';

export const roleSchema = z.enum(['user', 'merchant', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** What the API shows of a user: never the openid, unionid or session key. */
export const userSchema = z.object({
  id: z.string().uuid(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  roles: z.array(roleSchema),
  /** `wechat` for a mini-program login, `guest` for the H5 guest login. */
  provider: z.enum(['wechat', 'guest']),
  createdAt: instantSchema,
});
export type User = z.infer<typeof userSchema>;
