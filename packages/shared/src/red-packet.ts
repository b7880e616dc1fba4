import { z } from 'zod';
import { instantSchema } from './instant';
import { positiveFenSchema, nonNegativeFenSchema } from './money';
import { httpsUrlSchema } from './url';

/** A share is capped at ¥200 per grab, as in WeChat. */
export const RED_PACKET_MAX_SHARE_FEN = 20_000;
export const RED_PACKET_MAX_COUNT = 10_000;
/** A packet may stay open for at most a day. */
export const RED_PACKET_MAX_DURATION_MS = 24 * 3_600_000;
export const RED_PACKET_DEFAULT_SLOGAN = '恭喜发财，大吉大利';

/** `lucky`: 拼手气 (double-mean split); `equal`: 普通 (everyone the same). */
export const redPacketTypeSchema = z.enum(['lucky', 'equal']);
export type RedPacketType = z.infer<typeof redPacketTypeSchema>;

export const redPacketStatusSchema = z.enum(['scheduled', 'active', 'finished', 'expired']);
export type RedPacketStatus = z.infer<typeof redPacketStatusSchema>;

export const createRedPacketRequestSchema = z
  .object({
    /** A fresh uuid from the client: retrying the same create returns the same packet, never a second one. */
    requestId: z.string().uuid(),
    roomId: z.string().uuid(),
    type: redPacketTypeSchema,
    totalAmount: positiveFenSchema,
    totalCount: z.number().int().min(1).max(RED_PACKET_MAX_COUNT),
    slogan: z.string().trim().min(1).max(40).optional(),
    anchorName: z.string().trim().min(1).max(64).optional(),
    anchorAvatarUrl: httpsUrlSchema.optional(),
    /** Default: now. */
    validFrom: instantSchema.optional(),
    validUntil: instantSchema,
  })
  .superRefine((v, ctx) => {
    if (v.totalAmount < v.totalCount) {
      ctx.addIssue({ code: 'custom', path: ['totalAmount'], message: `at least 1 fen per share: ${v.totalCount} shares need ≥ ${v.totalCount} fen` });
    }
    if (v.totalAmount > v.totalCount * RED_PACKET_MAX_SHARE_FEN) {
      ctx.addIssue({ code: 'custom', path: ['totalAmount'], message: `a share is capped at ${RED_PACKET_MAX_SHARE_FEN} fen: ${v.totalCount} shares hold at most ${v.totalCount * RED_PACKET_MAX_SHARE_FEN} fen` });
    }
    const from = v.validFrom ? Date.parse(v.validFrom) : undefined;
    const until = Date.parse(v.validUntil);
    if (from !== undefined && until <= from) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must be after validFrom' });
    if (from !== undefined && until - from > RED_PACKET_MAX_DURATION_MS) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'a packet stays open for at most 24 hours' });
  });
export type CreateRedPacketRequest = z.infer<typeof createRedPacketRequestSchema>;

export const redPacketIdParamsSchema = z.object({ id: z.string().uuid() });
export const roomIdParamsSchema = z.object({ roomId: z.string().uuid() });

/** What the red-packet page shows. The seed appears only once the packet is over. */
export const redPacketSchema = z.object({
  id: z.string().uuid(),
  roomId: z.string().uuid(),
  merchantId: z.string().uuid(),
  anchorName: z.string(),
  anchorAvatarUrl: z.string().nullable(),
  slogan: z.string(),
  type: redPacketTypeSchema,
  totalAmount: positiveFenSchema,
  totalCount: z.number().int().positive(),
  remainingAmount: nonNegativeFenSchema,
  remainingCount: z.number().int().nonnegative(),
  /** `max`/`min` the shares were split with, for verification. */
  minShare: positiveFenSchema,
  maxShare: positiveFenSchema,
  validFrom: instantSchema,
  validUntil: instantSchema,
  status: redPacketStatusSchema,
  /** SHA-256 hex of the seed, published at creation. */
  seedCommitment: z.string().regex(/^[0-9a-f]{64}$/),
  /** Revealed when the packet is finished or expired; null before. */
  seed: z.string().nullable(),
  /** The split algorithm behind `type`, as `packages/split` names it. */
  algorithm: z.enum(['doubleMean', 'equal']),
  createdAt: instantSchema,
  /** The caller's own grab, when logged in and grabbed. */
  myGrab: z.object({ amount: positiveFenSchema, seq: z.number().int().nonnegative() }).nullable(),
});
export type RedPacket = z.infer<typeof redPacketSchema>;

export const grabResultSchema = z.object({
  amount: positiveFenSchema,
  /** 0-based grab order. */
  seq: z.number().int().nonnegative(),
  packet: redPacketSchema,
});
export type GrabResult = z.infer<typeof grabResultSchema>;

export const grabRecordSchema = z.object({
  userId: z.string().uuid(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  amount: positiveFenSchema,
  seq: z.number().int().nonnegative(),
  createdAt: instantSchema,
  /** Marked only once the packet is over: who is luckiest is no secret worth keeping then. */
  luckiest: z.boolean(),
});
export type GrabRecord = z.infer<typeof grabRecordSchema>;

export const myGrabSchema = z.object({
  packetId: z.string().uuid(),
  roomId: z.string().uuid(),
  anchorName: z.string(),
  amount: positiveFenSchema,
  seq: z.number().int().nonnegative(),
  createdAt: instantSchema,
});
export type MyGrab = z.infer<typeof myGrabSchema>;

/** Events other features (the live room) subscribe to. */
export const redPacketEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('red_packet.created'), packetId: z.string().uuid(), roomId: z.string().uuid(), totalCount: z.number().int(), validUntil: instantSchema }),
  z.object({ type: z.literal('red_packet.finished'), packetId: z.string().uuid(), roomId: z.string().uuid() }),
  z.object({ type: z.literal('red_packet.expired'), packetId: z.string().uuid(), roomId: z.string().uuid(), refundedAmount: nonNegativeFenSchema }),
]);
export type RedPacketEvent = z.infer<typeof redPacketEventSchema>;
