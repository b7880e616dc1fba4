import { createCipheriv, createSign, createVerify, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The keys of a fake deployment: the merchant's (we sign with it), WeChat's platform key, the APIv3 key. */
export interface WechatPayKeys {
  merchantPrivatePem: string;
  merchantPublic: KeyObject;
  platformPrivate: KeyObject;
  platformPublicPem: string;
  apiV3Key: string;
}

export function generateWechatPayKeys(): WechatPayKeys {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    merchantPrivatePem: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    merchantPublic: merchant.publicKey,
    platformPrivate: platform.privateKey,
    platformPublicPem: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    // 32 printable bytes, as the merchant platform issues them.
    apiV3Key: randomBytes(24).toString('base64'),
  };
}

export function signLines(key: KeyObject, lines: string[]): string {
  return createSign('RSA-SHA256').update(lines.map((l) => `${l}\n`).join('')).sign(key, 'base64');
}

export function verifyLines(key: KeyObject, lines: string[], signature: string): boolean {
  return createVerify('RSA-SHA256').update(lines.map((l) => `${l}\n`).join('')).verify(key, signature, 'base64');
}

export interface RecordedRequest {
  method: string;
  /** Path with query, as signed. */
  url: string;
  body: string;
  authorization: string;
  /** The Authorization signature verifies with the merchant public key, over this very request. */
  signatureValid: boolean;
}

export interface FakeWechatPay {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Transactions by out_trade_no, as WeChat would hold them. */
  trades: Map<string, { amount: number; state: string; transactionId: string }>;
  /** Refund calls by out_refund_no: how many times each was asked. */
  refundCalls: Map<string, number>;
  /** Answer refunds with this error instead (e.g. NOT_ENOUGH), until cleared. */
  refuseRefundsWith: string | undefined;
  /** Leave answers unsigned (a man in the middle). */
  unsignedAnswers: boolean;
  close(): Promise<void>;
}

const parseAuthorization = (header: string) =>
  Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])) as Record<string, string>;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A stand-in for api.mch.weixin.qq.com on loopback: checks each request's merchant signature, keeps
 * transactions and refunds, and signs its answers with the platform key, as WeChat Pay API v3 does.
 */
export async function startFakeWechatPay(keys: WechatPayKeys, merchant: { mchId: string; appId: string; serialNo: string }): Promise<FakeWechatPay> {
  const fake: Omit<FakeWechatPay, 'baseUrl' | 'close'> = {
    requests: [],
    trades: new Map(),
    refundCalls: new Map(),
    refuseRefundsWith: undefined,
    unsignedAnswers: false,
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = req.url ?? '/';
      const method = req.method ?? 'GET';
      const authorization = req.headers.authorization ?? '';
      const a = parseAuthorization(authorization);
      const signatureValid =
        authorization.startsWith('WECHATPAY2-SHA256-RSA2048 ') &&
        a.mchid === merchant.mchId &&
        a.serial_no === merchant.serialNo &&
        verifyLines(keys.merchantPublic, [method, url, a.timestamp ?? '', a.nonce_str ?? '', body], a.signature ?? '');
      fake.requests.push({ method, url, body, authorization, signatureValid });
      const send = (status: number, payload?: unknown) => {
        const text = payload === undefined ? '' : JSON.stringify(payload);
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!fake.unsignedAnswers) {
          const timestamp = String(Math.floor(Date.now() / 1000));
          const nonce = randomBytes(16).toString('hex');
          headers['wechatpay-timestamp'] = timestamp;
          headers['wechatpay-nonce'] = nonce;
          headers['wechatpay-serial'] = 'PLATFORM_SERIAL_1';
          headers['wechatpay-signature'] = signLines(keys.platformPrivate, [timestamp, nonce, text]);
        }
        res.writeHead(status, headers);
        res.end(text);
      };
      if (!signatureValid) return send(401, { code: 'SIGN_ERROR', message: 'signature invalid' });
      const json = body ? (JSON.parse(body) as Record<string, any>) : {};
      const path = new URL(url, 'http://x').pathname;
      let m: RegExpMatchArray | null;
      if (method === 'POST' && path === '/v3/pay/transactions/jsapi') {
        if (json.mchid !== merchant.mchId || json.appid !== merchant.appId) return send(400, { code: 'PARAM_ERROR', message: 'mchid/appid' });
        const known = fake.trades.get(json.out_trade_no);
        if (known && known.amount !== json.amount.total) return send(400, { code: 'INVALID_REQUEST', message: 'same out_trade_no, other amount' });
        if (!known) fake.trades.set(json.out_trade_no, { amount: json.amount.total, state: 'NOTPAY', transactionId: `42000${randomBytes(8).toString('hex')}` });
        return send(200, { prepay_id: `wx${randomBytes(12).toString('hex')}` });
      }
      if (method === 'GET' && (m = path.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/))) {
        const trade = fake.trades.get(m[1]!);
        if (!trade) return send(404, { code: 'ORDER_NOT_EXIST', message: 'no such order' });
        return send(200, {
          appid: merchant.appId, mchid: merchant.mchId, out_trade_no: m[1], trade_state: trade.state,
          ...(trade.state === 'SUCCESS' ? { transaction_id: trade.transactionId } : {}),
          amount: { total: trade.amount, currency: 'CNY' },
        });
      }
      if (method === 'POST' && (m = path.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/))) {
        const trade = fake.trades.get(m[1]!);
        if (!trade) return send(404, { code: 'ORDER_NOT_EXIST', message: 'no such order' });
        if (trade.state === 'SUCCESS') return send(400, { code: 'ORDERPAID', message: 'paid' });
        trade.state = 'CLOSED';
        return send(204);
      }
      if (method === 'POST' && path === '/v3/refund/domestic/refunds') {
        fake.refundCalls.set(json.out_refund_no, (fake.refundCalls.get(json.out_refund_no) ?? 0) + 1);
        if (fake.refuseRefundsWith) return send(403, { code: fake.refuseRefundsWith, message: 'refused by the fake' });
        const trade = fake.trades.get(json.out_trade_no);
        if (!trade || trade.state !== 'SUCCESS' || json.amount.total !== trade.amount) return send(400, { code: 'INVALID_REQUEST', message: 'not refundable' });
        return send(200, { refund_id: `50000${randomBytes(8).toString('hex')}`, out_refund_no: json.out_refund_no, status: 'PROCESSING', amount: json.amount });
      }
      return send(404, { code: 'NOT_FOUND', message: path });
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export interface NotificationInput {
  outTradeNo: string;
  amount: number;
  mchId: string;
  appId: string;
  state?: string;
  transactionId?: string;
  /** Seconds; default now. */
  timestamp?: number;
  /** Sign with this key instead of the platform key (a forgery). */
  signWith?: KeyObject;
  apiV3Key?: string;
}

/** A payment notification as WeChat Pay posts it: the transaction encrypted with the APIv3 key, the body signed. */
export function buildNotification(keys: WechatPayKeys, n: NotificationInput): { headers: Record<string, string>; body: string } {
  const transaction = JSON.stringify({
    appid: n.appId, mchid: n.mchId, out_trade_no: n.outTradeNo, transaction_id: n.transactionId ?? '4200000000000000000001',
    trade_type: 'JSAPI', trade_state: n.state ?? 'SUCCESS', trade_state_desc: '支付成功', bank_type: 'OTHERS', attach: '',
    success_time: new Date().toISOString(), payer: { openid: 'o-payer' }, amount: { total: n.amount, payer_total: n.amount, currency: 'CNY', payer_currency: 'CNY' },
  });
  const nonce = randomBytes(6).toString('hex');
  const associated = 'transaction';
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(n.apiV3Key ?? keys.apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(transaction, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
  // Unusual spacing on purpose: the signature covers these exact bytes, not a re-serialised object.
  const body = `{"id":"EV-${randomBytes(6).toString('hex')}", "create_time":"${new Date().toISOString()}","resource_type":"encrypt-resource","event_type":"TRANSACTION.SUCCESS","summary":"支付成功",  "resource":{"original_type":"transaction","algorithm":"AEAD_AES_256_GCM","ciphertext":"${ciphertext}","associated_data":"${associated}","nonce":"${nonce}"}}`;
  const timestamp = String(n.timestamp ?? Math.floor(Date.now() / 1000));
  const headerNonce = randomBytes(16).toString('hex');
  return {
    headers: {
      'content-type': 'application/json',
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': headerNonce,
      'wechatpay-serial': 'PLATFORM_SERIAL_1',
      'wechatpay-signature': signLines(n.signWith ?? keys.platformPrivate, [timestamp, headerNonce, body]),
    },
    body,
  };
}
