import { z } from 'zod';
import { instantSchema } from './instant';

/**
 * A shop's assistant (场控): a user the owner trusts to run the room's floor — push goods cards, schedule
 * pushes and moderate comments — without the owner's account. Room lifecycle, lotteries, red packets and
 * money stay with the owner.
 */
export const assistantSchema = z.object({
  userId: z.string().uuid(),
  nickname: z.string(),
  addedAt: instantSchema,
});
export type Assistant = z.infer<typeof assistantSchema>;

export const assistantParamsSchema = z.object({ userId: z.string().uuid() });

/** The shops a user assists, so a client can offer them their console. */
export const assistingSchema = z.object({ merchantIds: z.array(z.string().uuid()) });
