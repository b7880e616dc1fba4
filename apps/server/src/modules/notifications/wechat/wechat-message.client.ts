import { z } from 'zod';

/** One subscribe message as WeChat's `message/subscribe/send` takes it. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string | undefined;
  data: Record<string, string>;
}

/** The two WeChat server APIs notifications need. */
export interface WechatMessageApi {
  fetchToken(): Promise<{ token: string; expiresInSeconds: number }>;
  /** WeChat's errcode: 0 sent; 40001/42001 the token is no longer valid; 43101 the user did not subscribe… */
  sendSubscribe(token: string, message: SubscribeMessage): Promise<number>;
}

export const WECHAT_MESSAGE_API = Symbol('WECHAT_MESSAGE_API');

const tokenReplySchema = z.object({ access_token: z.string().min(1).optional(), expires_in: z.number().int().positive().optional(), errcode: z.number().int().optional() });
const sendReplySchema = z.object({ errcode: z.number().int().default(0) });

export interface WechatMessageOptions {
  appId: string;
  secret: string;
  apiBase: string;
  timeoutMs: number;
}

/** `cgi-bin/token` and `cgi-bin/message/subscribe/send` over HTTP (a stand-in at `WX_API_BASE` in tests). */
export class HttpWechatMessageClient implements WechatMessageApi {
  constructor(private readonly options: WechatMessageOptions) {}

  async fetchToken(): Promise<{ token: string; expiresInSeconds: number }> {
    const url = new URL('/cgi-bin/token', this.options.apiBase);
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: this.options.appId, secret: this.options.secret }).toString();
    const reply = tokenReplySchema.parse(await this.json(url, { method: 'GET' }));
    if (!reply.access_token || !reply.expires_in) throw new Error(`WeChat gave no access token (errcode ${reply.errcode ?? 'none'})`);
    return { token: reply.access_token, expiresInSeconds: reply.expires_in };
  }

  async sendSubscribe(token: string, message: SubscribeMessage): Promise<number> {
    const url = new URL('/cgi-bin/message/subscribe/send', this.options.apiBase);
    url.search = new URLSearchParams({ access_token: token }).toString();
    const body = {
      touser: message.touser,
      template_id: message.templateId,
      ...(message.page ? { page: message.page } : {}),
      data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
    };
    const reply = sendReplySchema.parse(await this.json(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    return reply.errcode;
  }

  private async json(url: URL, init: RequestInit): Promise<unknown> {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs) });
    if (!res.ok) throw new Error(`WeChat answered HTTP ${res.status}`);
    return res.json();
  }
}
