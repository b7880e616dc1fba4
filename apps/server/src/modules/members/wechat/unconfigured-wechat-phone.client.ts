import { authErrors } from '../../auth/auth.errors';
import type { WechatPhoneClient } from './wechat-phone.client';

/** Without WX_APPID/WX_SECRET no phone code can be exchanged: a clear refusal, never an invented number. */
export class UnconfiguredWechatPhoneClient implements WechatPhoneClient {
  phoneNumber(): Promise<string> {
    return Promise.reject(authErrors.wechatNotConfigured());
  }
}
