import { z } from 'zod';

export const paymentProviderSchema = z.enum(['wechat', 'dev']);
export type PaymentProvider = z.infer<typeof paymentProviderSchema>;

/** The parameters `wx.requestPayment` takes (WeChat Pay API v3 JSAPI, RSA-SHA256 `paySign`). */
export const wechatPayParamsSchema = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
});
export type WechatPayParams = z.infer<typeof wechatPayParamsSchema>;

/** How to pay an order: the WeChat parameters, or (embedded/dev mode) a payment to confirm locally. */
export const payOrderResultSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('wechat'), paymentId: z.string().uuid(), params: wechatPayParamsSchema }),
  z.object({ provider: z.literal('dev'), paymentId: z.string().uuid() }),
]);
export type PayOrderResult = z.infer<typeof payOrderResultSchema>;

export const paymentIdParamsSchema = z.object({ id: z.string().uuid() });
