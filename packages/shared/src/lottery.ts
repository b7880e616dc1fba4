import { z } from 'zod';
import { instantSchema } from './instant';

/** Who takes part: every logged-in viewer in the room, or those who comment the keyword during the window. */
export const lotteryParticipationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('viewers') }),
  z.object({ kind: z.literal('keyword'), keyword: z.string().trim().min(1).max(20) }),
]);
export type LotteryParticipation = z.infer<typeof lotteryParticipationSchema>;

export const createLotteryRequestSchema = z.object({
  /** Retrying with the same id starts one lottery. */
  requestId: z.string().uuid(),
  prize: z.string().trim().min(1).max(60),
  winners: z.number().int().min(1).max(100),
  participation: lotteryParticipationSchema,
  /** How long entries are taken; the draw runs when it ends (or when the merchant draws early). */
  durationSeconds: z.number().int().min(10).max(3600).default(60),
});
export type CreateLotteryRequest = z.infer<typeof createLotteryRequestSchema>;

export const lotteryWinnerSchema = z.object({ userId: z.string().uuid(), nickname: z.string() });

/**
 * A lottery. `commitment` (SHA-256 of the secret seed) is public from the start; `seed` appears with the
 * result, and anyone recomputes the winners from the seed and the entrants (`drawWinners` in
 * `@livemall/split`), so nobody — the merchant included — could choose them.
 */
export const lotterySchema = z.object({
  id: z.string().uuid(),
  roomId: z.string().uuid(),
  prize: z.string(),
  winnerCount: z.number().int().positive(),
  participation: lotteryParticipationSchema,
  status: z.enum(['open', 'drawn']),
  endsAt: instantSchema,
  commitment: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.string().nullable(),
  entrantCount: z.number().int().nonnegative(),
  winners: z.array(lotteryWinnerSchema),
  drawnAt: instantSchema.nullable(),
});
export type Lottery = z.infer<typeof lotterySchema>;

export const lotteryIdParamsSchema = z.object({ id: z.string().uuid() });

/** The entrants in the order the draw used (user ids sorted ascending), for verification. */
export const lotteryEntrantsSchema = z.object({ lotteryId: z.string().uuid(), entrants: z.array(z.string().uuid()) });
export type LotteryEntrants = z.infer<typeof lotteryEntrantsSchema>;
