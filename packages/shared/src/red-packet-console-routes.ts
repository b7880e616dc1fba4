import { z } from 'zod';
import { pageOf, pageQuerySchema } from './catalog';
import { defineRoute } from './contract';
import { nonNegativeFenSchema, positiveFenSchema } from './money';
import { redPacketSchema } from './red-packet';

/** A packet as the merchant's console lists it: the public view plus what it cost and who did best. */
export const merchantRedPacketSchema = redPacketSchema.extend({
  grabbedCount: z.number().int().nonnegative(),
  grabbedAmount: nonNegativeFenSchema,
  /** What `refund:<id>` moved back to the merchant (0 while the packet runs, or when it was emptied). */
  refundedAmount: nonNegativeFenSchema,
  /** The largest grab so far (earliest on a tie); null before the first grab. */
  luckiest: z.object({ nickname: z.string(), amount: positiveFenSchema, seq: z.number().int().nonnegative() }).nullable(),
});
export type MerchantRedPacket = z.infer<typeof merchantRedPacketSchema>;

/** Red-packet routes the merchant console added (the rest sit in api.ts). */
export const redPacketConsoleRoutes = {
  merchantRedPackets: defineRoute({
    method: 'GET',
    path: '/merchant/red-packets',
    tag: 'red-packets',
    summary: "My shop's red packets in every room, newest first, with grabs, the luckiest grab and the refund",
    access: ['merchant'],
    query: pageQuerySchema,
    response: pageOf(merchantRedPacketSchema),
    errors: ['NOT_A_MERCHANT'],
  }),
} as const;
