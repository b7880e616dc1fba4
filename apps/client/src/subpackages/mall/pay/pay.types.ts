import type { WechatPayParams } from '@livemall/shared';

/**
 * How a WeChat Pay attempt ended on the device. `paid` only means WeChat's sheet said so: the order
 * becomes paid when the server hears from WeChat, so the order page re-reads it.
 */
export type WechatPayOutcome = { kind: 'paid' } | { kind: 'cancelled' } | { kind: 'failed'; message: string } | { kind: 'unsupported' };

export type RequestWechatPayment = (params: WechatPayParams) => Promise<WechatPayOutcome>;
