/** Trades a mini-program `getPhoneNumber` code for the user's phone. One implementation per deployment. */
export interface WechatPhoneClient {
  /** The phone number without country code (WeChat's `purePhoneNumber`). */
  phoneNumber(code: string): Promise<string>;
}

export const WECHAT_PHONE_CLIENT = Symbol('WECHAT_PHONE_CLIENT');
