import type { WechatPayParams } from '@livemall/shared';
import type { WechatPayOutcome } from './pay.types';

/**
 * A browser cannot open the mini-program's JSAPI payment sheet (H5 payment is a different WeChat product
 * this server does not sign for), so the page tells the buyer to pay in the mini-program.
 */
export async function requestWechatPayment(_params: WechatPayParams): Promise<WechatPayOutcome> {
  return { kind: 'unsupported' };
}
