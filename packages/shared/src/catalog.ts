import { z } from 'zod';
import { instantSchema } from './instant';
import { nonNegativeFenSchema } from './money';

/** Paged lists share one shape; `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const liveRoomStatusSchema = z.enum(['scheduled', 'live', 'ended']);
export type LiveRoomStatus = z.infer<typeof liveRoomStatusSchema>;

/** A live room as a list card shows it. The live-room feature extends this. */
export const liveRoomSummarySchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  anchorName: z.string(),
  status: liveRoomStatusSchema,
  scheduledAt: instantSchema.nullable(),
});
export type LiveRoomSummary = z.infer<typeof liveRoomSummarySchema>;

/** A product as a waterfall card shows it; price in fen. The mall feature extends this. */
export const goodsSummarySchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  priceFen: nonNegativeFenSchema,
  stock: z.number().int().nonnegative(),
});
export type GoodsSummary = z.infer<typeof goodsSummarySchema>;
