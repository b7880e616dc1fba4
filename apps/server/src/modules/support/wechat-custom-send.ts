import { Logger } from '@nestjs/common';
import { z } from 'zod';
import type { AccessTokens } from '../notifications/wechat/access-tokens';

/** Sends the shop's answers to a viewer who wrote through WeChat's customer-service session. */
export interface WechatCustomerService {
  /** True when WeChat took it; failures are logged, never thrown (the message stays stored in the app). */
  sendText(openid: string, text: string): Promise<boolean>;
}

export const WECHAT_CUSTOMER_SERVICE = Symbol('WECHAT_CUSTOMER_SERVICE');

const replySchema = z.object({ errcode: z.number().int().default(0) });
const TOKEN_REFUSED = new Set([40001, 42001]);

/** `cgi-bin/message/custom/send` with the access token the notifications module caches. */
export class HttpWechatCustomerService implements WechatCustomerService {
  private readonly log = new Logger('SupportWechat');

  constructor(
    private readonly tokens: AccessTokens,
    private readonly options: { apiBase: string; timeoutMs: number },
  ) {}

  async sendText(openid: string, text: string): Promise<boolean> {
    try {
      let token = await this.tokens.get();
      let errcode = await this.post(token, openid, text);
      if (TOKEN_REFUSED.has(errcode)) {
        token = await this.tokens.renew(token);
        errcode = await this.post(token, openid, text);
      }
      // 45015: the viewer wrote more than 48 hours ago, WeChat no longer lets the shop answer there.
      if (errcode !== 0) this.log.warn(`custom/send refused: errcode ${errcode}`);
      return errcode === 0;
    } catch (error) {
      this.log.warn(`custom/send failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  private async post(token: string, openid: string, text: string): Promise<number> {
    const url = new URL('/cgi-bin/message/custom/send', this.options.apiBase);
    url.search = new URLSearchParams({ access_token: token }).toString();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ touser: openid, msgtype: 'text', text: { content: text } }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!res.ok) throw new Error(`WeChat answered HTTP ${res.status}`);
    return replySchema.parse(await res.json()).errcode;
  }
}

/** No WeChat credentials: answers stay in the app. */
export class NoWechatCustomerService implements WechatCustomerService {
  async sendText(): Promise<boolean> {
    return false;
  }
}
