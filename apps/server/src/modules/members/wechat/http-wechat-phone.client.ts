import { z } from 'zod';
import { authErrors } from '../../auth/auth.errors';
import type { WechatHttpOptions } from '../../auth/wechat/http-wechat-session.client';
import { wechatJson } from '../../auth/wechat/wechat-fetch';
import { memberErrors } from '../members.errors';
import { WechatAccessToken } from './wechat-access-token';
import type { WechatPhoneClient } from './wechat-phone.client';

const replySchema = z.object({
  errcode: z.number().int().optional(),
  phone_info: z.object({ purePhoneNumber: z.string().min(1).max(20) }).optional(),
});

// 40029: invalid code (also: already used). 40001/42001: access token invalid/expired. 45011: too many requests. -1: busy.
const TOKEN_STALE = new Set([40001, 42001]);

/** Calls WeChat's `wxa/business/getuserphonenumber` (or a stand-in at `WX_API_BASE` in tests). */
export class HttpWechatPhoneClient implements WechatPhoneClient {
  constructor(
    private readonly options: WechatHttpOptions,
    private readonly token: WechatAccessToken = new WechatAccessToken(options),
  ) {}

  async phoneNumber(code: string): Promise<string> {
    const first = await this.ask(code, await this.token.get());
    // A token WeChat dropped early (rotated elsewhere): fetch a fresh one and try once more.
    const reply = first.stale ? await this.ask(code, await this.token.get()) : first;
    const { errcode, phone_info: info } = reply.body;
    if (errcode) {
      if (errcode === 40029) throw memberErrors.phoneCodeInvalid(errcode);
      if (errcode === 45011) throw authErrors.wechatRateLimited(errcode);
      if (errcode === -1) throw authErrors.wechatUnavailable(`errcode ${errcode}`);
      throw authErrors.wechatError(errcode);
    }
    if (!info) throw authErrors.wechatUnavailable('reply without phone_info');
    return info.purePhoneNumber;
  }

  private async ask(code: string, token: string): Promise<{ stale: boolean; body: z.infer<typeof replySchema> }> {
    const url = new URL('/wxa/business/getuserphonenumber', this.options.apiBase);
    url.search = new URLSearchParams({ access_token: token }).toString();
    const reply = replySchema.safeParse(await wechatJson(url, this.options.timeoutMs, { code }));
    if (!reply.success) throw authErrors.wechatUnavailable('unexpected reply');
    const stale = reply.data.errcode !== undefined && TOKEN_STALE.has(reply.data.errcode);
    if (stale) this.token.forget(token);
    return { stale, body: reply.data };
  }
}
