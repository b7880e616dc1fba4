import { z } from 'zod';
import { instantSchema } from './instant';
import { fenSchema, nonNegativeFenSchema, positiveFenSchema } from './money';

export const ledgerReasonSchema = z.enum(['topup', 'red_packet_fund', 'red_packet_grab', 'red_packet_refund', 'gift', 'welcome_points', 'order_payment', 'order_refund', 'order_settlement', 'invite_reward', 'checkin', 'share_points', 'live_comment_points', 'live_watch_points', 'purchase_points', 'points_clawback', 'points_expired', 'points_deduction', 'points_return']);
export type LedgerReason = z.infer<typeof ledgerReasonSchema>;

export const walletEntrySchema = z.object({
  id: z.string(),
  /** Positive: money in; negative: money out. */
  delta: fenSchema,
  reason: ledgerReasonSchema,
  /** What the movement is about, e.g. the red packet's id. */
  reference: z.string(),
  createdAt: instantSchema,
});
export type WalletEntry = z.infer<typeof walletEntrySchema>;

export const walletSchema = z.object({
  balance: nonNegativeFenSchema,
  entries: z.array(walletEntrySchema),
  nextCursor: z.string().nullable(),
});
export type Wallet = z.infer<typeof walletSchema>;

export const topUpRequestSchema = z.object({
  /** Retrying with the same id tops up once. */
  requestId: z.string().uuid(),
  merchantId: z.string().uuid(),
  amount: positiveFenSchema.max(100_000_000),
});
export type TopUpRequest = z.infer<typeof topUpRequestSchema>;

export const topUpResultSchema = z.object({ merchantId: z.string().uuid(), balance: nonNegativeFenSchema });
