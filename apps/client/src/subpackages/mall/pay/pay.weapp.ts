import Taro from '@tarojs/taro';
import type { WechatPayParams } from '@livemall/shared';
import type { WechatPayOutcome } from './pay.types';

/** WeChat's payment sheet with the server's signed parameters (the appId is implied by the mini-program). */
export async function requestWechatPayment(params: WechatPayParams): Promise<WechatPayOutcome> {
  try {
    await Taro.requestPayment({
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType,
      paySign: params.paySign,
    });
    return { kind: 'paid' };
  } catch (error) {
    const errMsg = error && typeof error === 'object' && 'errMsg' in error ? String(error.errMsg) : '';
    if (errMsg.includes('cancel')) return { kind: 'cancelled' };
    return { kind: 'failed', message: errMsg || 'requestPayment failed' };
  }
}
