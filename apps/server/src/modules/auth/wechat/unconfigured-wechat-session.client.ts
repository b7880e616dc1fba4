import { authErrors } from '../auth.errors';
import type { WechatSession, WechatSessionClient } from './wechat-session.client';

/**
 * Without WX_APPID/WX_SECRET no code can be verified, so every WeChat login is refused with a clear code
 * (the browser's guest login still works). Inventing openids here would let anyone be anyone.
 */
export class UnconfiguredWechatSessionClient implements WechatSessionClient {
  code2Session(): Promise<WechatSession> {
    return Promise.reject(authErrors.wechatNotConfigured());
  }
}
