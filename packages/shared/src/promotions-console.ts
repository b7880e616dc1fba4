import { z } from 'zod';

/**
 * How each of my bargain activities is doing, for the merchant console: bargains started, those whose
 * helpers all came (the floor reached, bought or not), those bought (an order exists), and those that ran
 * out of time unbought.
 */
export const bargainActivityFiguresSchema = z.object({
  activityId: z.string().uuid(),
  started: z.number().int().nonnegative(),
  floorReached: z.number().int().nonnegative(),
  ordered: z.number().int().nonnegative(),
  expired: z.number().int().nonnegative(),
});
export type BargainActivityFigures = z.infer<typeof bargainActivityFiguresSchema>;

export const bargainFiguresQuerySchema = z.object({
  /** The activities a console page shows, comma-separated (at most one page of 50). */
  ids: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(,[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}){0,49}$/i, '1–50 comma-separated ids'),
});
export type BargainFiguresQuery = z.infer<typeof bargainFiguresQuerySchema>;

export const bargainFiguresSchema = z.object({ items: z.array(bargainActivityFiguresSchema) });
export type BargainFigures = z.infer<typeof bargainFiguresSchema>;
