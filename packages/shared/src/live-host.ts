import { z } from 'zod';
import { instantSchema } from './instant';
import { goodsSummarySchema } from './catalog';
import { liveRoomDetailSchema } from './live';
import { httpsUrlSchema } from './url';

/** What a merchant sets on a room. */
export const createLiveRoomRequestSchema = z.object({
  title: z.string().trim().min(1).max(80),
  anchorName: z.string().trim().min(1).max(64),
  coverUrl: httpsUrlSchema.nullable().optional(),
  /** When it is announced to start; null or absent: not announced. */
  scheduledAt: instantSchema.nullable().optional(),
});
export type CreateLiveRoomRequest = z.infer<typeof createLiveRoomRequestSchema>;

export const updateLiveRoomRequestSchema = createLiveRoomRequestSchema
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'change at least one field');
export type UpdateLiveRoomRequest = z.infer<typeof updateLiveRoomRequestSchema>;

/**
 * A room as its merchant sees it: with the push URL for the encoder or `live-pusher`. Only the room's
 * merchant ever receives this shape; viewers get `LiveRoomDetail`, which has no push URL.
 */
export const hostRoomSchema = liveRoomDetailSchema.extend({
  streamName: z.string(),
  /** Null when the server has no stream provider (the demo). */
  pushUrl: z.string().nullable(),
});
export type HostRoom = z.infer<typeof hostRoomSchema>;

export const reminderSchema = z.object({ roomId: z.string().uuid(), reminded: z.boolean() });
export type Reminder = z.infer<typeof reminderSchema>;
export const myRemindersSchema = z.object({ roomIds: z.array(z.string().uuid()) });

/** A goods card pushed at a set time (the seed's `live_schedules`). */
export const schedulePushRequestSchema = z.object({
  goodsId: z.string().uuid(),
  at: instantSchema,
  pin: z.boolean().default(true),
});
export type SchedulePushRequest = z.infer<typeof schedulePushRequestSchema>;

export const liveScheduleSchema = z.object({
  id: z.string().uuid(),
  roomId: z.string().uuid(),
  goods: goodsSummarySchema,
  at: instantSchema,
  pin: z.boolean(),
  status: z.enum(['pending', 'pushed', 'cancelled']),
});
export type LiveSchedule = z.infer<typeof liveScheduleSchema>;
export const scheduleIdParamsSchema = z.object({ id: z.string().uuid() });

export const commentParamsSchema = z.object({ roomId: z.string().uuid(), commentId: z.string().uuid() });
/** A ban: the viewer can no longer comment or send gifts in the room, and is put out of it. */
export const banViewerRequestSchema = z.object({ userId: z.string().uuid() });
export type BanViewerRequest = z.infer<typeof banViewerRequestSchema>;
