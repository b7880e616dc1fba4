import { z } from 'zod';
import { authErrors } from '../auth.errors';
import { wechatJson } from './wechat-fetch';
import type { WechatSession, WechatSessionClient } from './wechat-session.client';

const replySchema = z.object({
  openid: z.string().min(1).max(64).optional(),
  unionid: z.string().min(1).max(64).optional(),
  session_key: z.string().optional(),
  errcode: z.number().int().optional(),
  errmsg: z.string().optional(),
});

// 40029: invalid code; 40163: code already used. 45011: too many requests. -1: WeChat busy.
const INVALID_CODE = new Set([40029, 40163]);
const RATE_LIMITED = new Set([45011]);
const BUSY = new Set([-1]);

export interface WechatHttpOptions {
  appId: string;
  secret: string;
  apiBase: string;
  timeoutMs: number;
}

/** Calls WeChat's `sns/jscode2session` (or a stand-in at `WX_API_BASE` in tests). */
export class HttpWechatSessionClient implements WechatSessionClient {
  constructor(private readonly options: WechatHttpOptions) {}

  async code2Session(code: string): Promise<WechatSession> {
    const url = new URL('/sns/jscode2session', this.options.apiBase);
    url.search = new URLSearchParams({
      appid: this.options.appId,
      secret: this.options.secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    const reply = replySchema.safeParse(await wechatJson(url, this.options.timeoutMs));
    if (!reply.success) throw authErrors.wechatUnavailable('unexpected reply');
    const { errcode, openid, unionid } = reply.data;
    if (errcode && errcode !== 0) {
      if (INVALID_CODE.has(errcode)) throw authErrors.wechatCodeInvalid(errcode);
      if (RATE_LIMITED.has(errcode)) throw authErrors.wechatRateLimited(errcode);
      if (BUSY.has(errcode)) throw authErrors.wechatUnavailable(`errcode ${errcode}`);
      throw authErrors.wechatError(errcode);
    }
    if (!openid) throw authErrors.wechatUnavailable('reply without openid');
    return unionid ? { openid, unionid } : { openid };
  }
}
