import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A subscribe message the fake accepted (or refused: `errcode` is then set). */
export interface FakeSubscribeSend {
  accessToken: string;
  touser: string;
  templateId: string;
  page: string | undefined;
  data: Record<string, { value: string }>;
  errcode: number;
}

/** A customer-service message the fake was asked to send. */
export interface FakeCustomSend {
  accessToken: string;
  touser: string;
  msgtype: string;
  content: string;
  errcode: number;
}

export interface FakeWechat {
  baseUrl: string;
  /** Every js_code the fake was asked about, in order. */
  codes: string[];
  /** How many access tokens were handed out (`cgi-bin/token` and `cgi-bin/stable_token` together). */
  tokensIssued(): number;
  /** Every `getPhoneNumber` code the fake was asked about, in order. */
  phoneCodes: string[];
  /** Every `message/subscribe/send` call, in order, the refused ones too. */
  sends: FakeSubscribeSend[];
  /** Every `message/custom/send` call (customer-service answers), in order. */
  customSends: FakeCustomSend[];
  /** The next send is answered with this errcode (40001: token invalid, as after a token was refreshed elsewhere). */
  refuseNextSend(errcode?: number): void;
  close(): Promise<void>;
}

/**
 * A stand-in for api.weixin.qq.com's `sns/jscode2session` on loopback. The code picks the answer:
 * `ok:<openid>`, `union:<openid>:<unionid>`, `invalid` (40029), `used` (40163), `limit` (45011),
 * `busy` (-1), `other` (40226), `garbage` (not JSON), `http500`, `slow` (answers after 3 s).
 * Also `cgi-bin/token` (client_credential: a new token each call, valid 7200 s) and
 * `cgi-bin/message/subscribe/send` (40001 for a token it never issued, or once after `refuseNextSend`),
 * and `cgi-bin/message/custom/send` (recorded in `customSends`; 40001 for a token it never issued).
 * And `cgi-bin/stable_token` (POST) and `wxa/business/getuserphonenumber` for a valid token: `phone:<number>`
 * binds that number, anything else is 40029 (invalid code).
 */
export async function startFakeWechat(expected: { appId: string; secret: string }): Promise<FakeWechat> {
  const codes: string[] = [];
  const phoneCodes: string[] = [];
  const tokens: string[] = [];
  const sends: FakeSubscribeSend[] = [];
  const customSends: FakeCustomSend[] = [];
  let refuseNext: number | undefined;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    const q = url.searchParams;
    if (url.pathname === '/cgi-bin/token') {
      if (q.get('appid') !== expected.appId || q.get('secret') !== expected.secret || q.get('grant_type') !== 'client_credential') {
        return send(200, JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
      }
      tokens.push(`fake-token-${tokens.length + 1}`);
      return send(200, JSON.stringify({ access_token: tokens[tokens.length - 1], expires_in: 7200 }));
    }
    if (req.method === 'POST' && (url.pathname === '/cgi-bin/stable_token' || url.pathname === '/wxa/business/getuserphonenumber')) {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as Record<string, unknown>;
        if (url.pathname === '/cgi-bin/stable_token') {
          if (body.appid !== expected.appId || body.secret !== expected.secret) return send(200, JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
          tokens.push(`fake-token-${tokens.length + 1}`);
          return send(200, JSON.stringify({ access_token: tokens[tokens.length - 1], expires_in: 7200 }));
        }
        if (!tokens.includes(q.get('access_token') ?? '')) return send(200, JSON.stringify({ errcode: 40001, errmsg: 'invalid credential' }));
        const code = String(body.code ?? '');
        phoneCodes.push(code);
        const [kind, number] = code.split(':');
        if (kind !== 'phone' || !number) return send(200, JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
        return send(200, JSON.stringify({ errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: number, purePhoneNumber: number, countryCode: '86' } }));
      });
      return;
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as { touser?: string; template_id?: string; page?: string; data?: Record<string, { value: string }> };
        const accessToken = q.get('access_token') ?? '';
        let errcode = tokens.includes(accessToken) ? 0 : 40001;
        if (errcode === 0 && refuseNext !== undefined) [errcode, refuseNext] = [refuseNext, undefined];
        sends.push({ accessToken, touser: body.touser ?? '', templateId: body.template_id ?? '', page: body.page, data: body.data ?? {}, errcode });
        send(200, JSON.stringify({ errcode, errmsg: errcode === 0 ? 'ok' : 'refused' }));
      });
      return;
    }
    if (url.pathname === '/cgi-bin/message/custom/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as { touser?: string; msgtype?: string; text?: { content?: string } };
        const accessToken = q.get('access_token') ?? '';
        const errcode = tokens.includes(accessToken) ? 0 : 40001;
        customSends.push({ accessToken, touser: body.touser ?? '', msgtype: body.msgtype ?? '', content: body.text?.content ?? '', errcode });
        send(200, JSON.stringify({ errcode, errmsg: errcode === 0 ? 'ok' : 'refused' }));
      });
      return;
    }
    if (url.pathname !== '/sns/jscode2session') return send(404, '{}');
    if (q.get('appid') !== expected.appId || q.get('secret') !== expected.secret || q.get('grant_type') !== 'authorization_code') {
      return send(200, JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
    }
    const code = q.get('js_code') ?? '';
    codes.push(code);
    const [kind, a, b] = code.split(':');
    switch (kind) {
      case 'ok':
        return send(200, JSON.stringify({ openid: a, session_key: 'sk' }));
      case 'union':
        return send(200, JSON.stringify({ openid: a, unionid: b, session_key: 'sk' }));
      case 'invalid':
        return send(200, JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
      case 'used':
        return send(200, JSON.stringify({ errcode: 40163, errmsg: 'code been used' }));
      case 'limit':
        return send(200, JSON.stringify({ errcode: 45011, errmsg: 'api minute-quota reach limit' }));
      case 'busy':
        return send(200, JSON.stringify({ errcode: -1, errmsg: 'system error' }));
      case 'garbage':
        return send(200, '<html>oops</html>');
      case 'http500':
        return send(500, '{}');
      case 'slow':
        setTimeout(() => send(200, JSON.stringify({ openid: 'late', session_key: 'sk' })), 3000).unref();
        return;
      default:
        return send(200, JSON.stringify({ errcode: 40226, errmsg: 'high risk user' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    codes,
    phoneCodes,
    tokensIssued: () => tokens.length,
    sends,
    customSends,
    refuseNextSend: (errcode = 40001) => {
      refuseNext = errcode;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: connections are refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
