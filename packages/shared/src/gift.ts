import { z } from 'zod';
import { nonNegativeFenSchema } from './money';

/**
 * The gift catalogue. A gift is paid from the viewer's wallet (fen, credited to the room's merchant) or,
 * where it has a points price, from the viewer's points (spent, not credited to anyone).
 */
export const GIFTS = [
  { id: 'heart', name: '比心', priceFen: 10, pricePoints: 10 },
  { id: 'flower', name: '鲜花', priceFen: 100, pricePoints: 100 },
  { id: 'cake', name: '蛋糕', priceFen: 520, pricePoints: 500 },
  { id: 'rocket', name: '火箭', priceFen: 9_900, pricePoints: null },
] as const;
export type GiftId = (typeof GIFTS)[number]['id'];
export const giftIdSchema = z.enum(GIFTS.map((g) => g.id) as [GiftId, ...GiftId[]]);

/** Points every account starts with, so a viewer can send a points gift in the demo. */
export const WELCOME_POINTS = 100;

export const giftSchema = z.object({
  id: giftIdSchema,
  name: z.string(),
  priceFen: nonNegativeFenSchema,
  /** Null: wallet only. */
  pricePoints: z.number().int().positive().nullable(),
});
export type Gift = z.infer<typeof giftSchema>;

export const payWithSchema = z.enum(['wallet', 'points']);
export type PayWith = z.infer<typeof payWithSchema>;

export const sendGiftRequestSchema = z.object({
  /** Retrying with the same id sends (and charges) once. */
  requestId: z.string().uuid(),
  giftId: giftIdSchema,
  payWith: payWithSchema,
});
export type SendGiftRequest = z.infer<typeof sendGiftRequestSchema>;

/** A sent gift as the room sees it. */
export const roomGiftSchema = z.object({
  id: z.string().uuid(),
  giftId: giftIdSchema,
  giftName: z.string(),
  sender: z.object({ userId: z.string().uuid(), nickname: z.string() }),
  /** Epoch milliseconds on the server. */
  at: z.number().int(),
});
export type RoomGift = z.infer<typeof roomGiftSchema>;

export const sendGiftResultSchema = z.object({
  gift: roomGiftSchema,
  /** The sender's balances after paying. */
  walletFen: nonNegativeFenSchema,
  points: z.number().int().nonnegative(),
});
export type SendGiftResult = z.infer<typeof sendGiftResultSchema>;

export const pointsSchema = z.object({ points: z.number().int().nonnegative() });
export type Points = z.infer<typeof pointsSchema>;
