import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import type { WechatPayParams } from '@livemall/shared';
import { z } from 'zod';
import type { Clock } from '../../../common/clock/clock';
import type { PaymentConfig } from '../../../config/config';
import { paymentErrors } from '../payments.errors';
import type { PaymentProvider, PrepayInput, ProviderRefund, ProviderTransaction } from './payment-provider';
import { authorization, decryptResource, paySign, type RequestSigner, verifyWechatSignature } from './wechat-pay-crypto';

export type WechatPayOptions = Extract<PaymentConfig, { provider: 'wechat' }>;

/** A notification older (or newer) than this is refused: a captured one cannot be replayed later. */
export const NOTIFY_MAX_SKEW_SECONDS = 5 * 60;

const transactionSchema = z.object({
  mchid: z.string(),
  appid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_state: z.string(),
  amount: z.object({ total: z.number().int() }).optional(),
});

const notifySchema = z.object({
  event_type: z.string(),
  resource: z.object({
    algorithm: z.string(),
    ciphertext: z.string(),
    nonce: z.string(),
    associated_data: z.string().optional(),
  }),
});

interface Answer {
  status: number;
  body: unknown;
}

/** WeChat Pay API v3, JSAPI payments (the mini-program's `wx.requestPayment`), signed with node:crypto. */
export class WechatPayProvider implements PaymentProvider {
  readonly name = 'wechat' as const;
  readonly confirmsLocally = false;
  private readonly signer: RequestSigner;
  private readonly platformKey: KeyObject;

  constructor(
    private readonly o: WechatPayOptions,
    private readonly clock: Clock,
  ) {
    this.signer = { mchId: o.mchId, serialNo: o.serialNo, privateKey: createPrivateKey(o.privateKeyPem) };
    this.platformKey = o.platformCertPem.includes('BEGIN CERTIFICATE')
      ? new X509Certificate(o.platformCertPem).publicKey
      : createPublicKey(o.platformCertPem);
  }

  async prepay(input: PrepayInput) {
    if (!input.payerOpenid) {
      throw paymentErrors.provider('WeChat Pay needs a WeChat account: this user signed in as a guest, so log in with WeChat to pay');
    }
    const answer = await this.call('POST', '/v3/pay/transactions/jsapi', {
      appid: this.o.appId,
      mchid: this.o.mchId,
      description: [...(input.description.trim() || 'LiveMall order')].slice(0, 127).join(''),
      out_trade_no: input.outTradeNo,
      notify_url: this.o.notifyUrl,
      amount: { total: input.amountFen, currency: 'CNY' },
      payer: { openid: input.payerOpenid },
    });
    const prepayId = z.object({ prepay_id: z.string().min(1).max(64) }).safeParse(this.ok(answer, 'prepay').body);
    if (!prepayId.success) throw paymentErrors.provider('WeChat Pay prepay: answer without prepay_id');
    const params = this.payParams(prepayId.data.prepay_id);
    return { prepayId: prepayId.data.prepay_id, result: { provider: 'wechat' as const, paymentId: input.paymentId, params } };
  }

  readNotify(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): ProviderTransaction {
    const header = (name: string) => {
      const v = headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const timestamp = header('wechatpay-timestamp');
    const nonce = header('wechatpay-nonce');
    const signature = header('wechatpay-signature');
    const serial = header('wechatpay-serial');
    if (!timestamp || !nonce || !signature || !serial) throw paymentErrors.notifyInvalid('missing Wechatpay-* signature headers');
    if (this.o.platformSerial && serial !== this.o.platformSerial) throw paymentErrors.notifyInvalid(`signed by an unknown key (${serial})`);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(this.nowSeconds() - Number(timestamp)) > NOTIFY_MAX_SKEW_SECONDS) {
      throw paymentErrors.notifyInvalid('timestamp too far from now');
    }
    const body = rawBody.toString('utf8');
    if (!verifyWechatSignature(this.platformKey, timestamp, nonce, body, signature)) throw paymentErrors.notifyInvalid('bad signature');
    let plain: string;
    try {
      const envelope = notifySchema.parse(JSON.parse(body));
      plain = decryptResource(this.o.apiV3Key, envelope.resource);
    } catch {
      throw paymentErrors.notifyInvalid('resource cannot be read');
    }
    return this.transaction(plain, 'notification');
  }

  async query(outTradeNo: string): Promise<ProviderTransaction | null> {
    const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${encodeURIComponent(this.o.mchId)}`;
    const answer = await this.call('GET', path);
    if (answer.status === 404) return null;
    return this.transaction(this.ok(answer, 'query').body, 'query');
  }

  async close(outTradeNo: string): Promise<void> {
    const answer = await this.call('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`, { mchid: this.o.mchId });
    // Never created there (the prepay failed): nothing to close.
    if (answer.status === 404) return;
    this.ok(answer, 'close');
  }

  async refund(r: ProviderRefund): Promise<void> {
    const reason = [...r.reason.trim()].slice(0, 80).join('');
    const answer = await this.call('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: r.outTradeNo,
      out_refund_no: r.outRefundNo,
      ...(reason ? { reason } : {}),
      amount: { refund: r.amountFen, total: r.totalFen, currency: 'CNY' },
    });
    const status = z.object({ status: z.string() }).safeParse(this.ok(answer, 'refund').body);
    // PROCESSING: accepted, the money reaches the buyer within days. CLOSED/ABNORMAL need a person.
    if (!status.success || (status.data.status !== 'SUCCESS' && status.data.status !== 'PROCESSING')) {
      throw paymentErrors.provider(`WeChat Pay refund ${r.outRefundNo}: status ${status.success ? status.data.status : 'missing'}`);
    }
  }

  /** `wx.requestPayment` parameters, signed now with the merchant key. */
  private payParams(prepayId: string): WechatPayParams {
    const timeStamp = String(this.nowSeconds());
    const nonceStr = randomBytes(16).toString('hex');
    const pkg = `prepay_id=${prepayId}`;
    return { appId: this.o.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign: paySign(this.signer.privateKey, this.o.appId, timeStamp, nonceStr, pkg) };
  }

  /** A transaction as WeChat describes it, checked to be ours. */
  private transaction(raw: unknown, source: string): ProviderTransaction {
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        value = undefined;
      }
    }
    const fail = (why: string) => (source === 'notification' ? paymentErrors.notifyInvalid(why) : paymentErrors.provider(`WeChat Pay ${source}: ${why}`));
    const t = transactionSchema.safeParse(value);
    if (!t.success) throw fail('unexpected transaction');
    if (t.data.mchid !== this.o.mchId || t.data.appid !== this.o.appId) throw fail('transaction of another merchant or app');
    if (t.data.trade_state === 'SUCCESS' && (!t.data.amount || !t.data.transaction_id)) throw fail('success without amount or transaction id');
    return { outTradeNo: t.data.out_trade_no, state: t.data.trade_state, transactionId: t.data.transaction_id ?? null, amountFen: t.data.amount?.total ?? 0 };
  }

  private ok(answer: Answer, what: string): Answer {
    if (answer.status >= 200 && answer.status < 300) return answer;
    const e = z.object({ code: z.string(), message: z.string() }).safeParse(answer.body);
    throw paymentErrors.provider(`WeChat Pay ${what} refused (HTTP ${answer.status}${e.success ? ` ${e.data.code}: ${e.data.message}` : ''})`);
  }

  /**
   * One signed request. A 2xx answer with a body must carry WeChat's signature: a query that says SUCCESS
   * marks an order paid, so an answer nobody signed is not believed.
   */
  private async call(method: 'GET' | 'POST', pathAndQuery: string, payload?: unknown): Promise<Answer> {
    const url = new URL(pathAndQuery, this.o.apiBase);
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'livemall-server',
      authorization: authorization(this.signer, method, `${url.pathname}${url.search}`, body, String(this.nowSeconds()), randomBytes(16).toString('hex')),
    };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { method, headers, ...(payload === undefined ? {} : { body }), signal: AbortSignal.timeout(this.o.timeoutMs) });
      text = await res.text();
    } catch (error) {
      throw paymentErrors.provider(`WeChat Pay unreachable: ${error instanceof Error ? error.message : 'request failed'}`);
    }
    if (res.ok && text) {
      const h = (n: string) => res.headers.get(n) ?? '';
      if (!verifyWechatSignature(this.platformKey, h('wechatpay-timestamp'), h('wechatpay-nonce'), text, h('wechatpay-signature'))) {
        throw paymentErrors.provider('WeChat Pay answer has no valid signature');
      }
    }
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      if (res.ok) throw paymentErrors.provider('WeChat Pay answered something other than JSON');
    }
    return { status: res.status, body: parsed };
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
