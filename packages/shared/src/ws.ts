import { z } from 'zod';
import { errorCodeSchema } from './errors';

/**
 * WebSocket frames. Every frame, in both directions, is one of these unions; the live-room issue adds
 * its events here. `id` lets a client match a server reply to the frame that caused it.
 */
export const wsClientEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), id: z.string().max(64).optional() }),
]);
export type WsClientEvent = z.infer<typeof wsClientEventSchema>;

export const wsServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pong'), id: z.string().optional(), serverTime: z.number().int() }),
  z.object({
    type: z.literal('error'),
    id: z.string().optional(),
    code: errorCodeSchema,
    message: z.string(),
  }),
]);
export type WsServerEvent = z.infer<typeof wsServerEventSchema>;
