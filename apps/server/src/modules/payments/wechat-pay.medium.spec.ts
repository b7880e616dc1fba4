import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import {
  buildNotification,
  type FakeWechatPay,
  generateWechatPayKeys,
  startFakeWechatPay,
  verifyLines,
} from '../../../test/support/fake-wechat-pay';
import { systemClock } from '../../common/clock/clock';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { PaymentsRepository } from './payments.repository';
import { type PaymentSucceeded, PaymentsService } from './payments.service';
import { WechatPayProvider, type WechatPayOptions } from './providers/wechat-pay.provider';

const merchant = { mchId: '1900000109', appId: 'wx0123456789abcdef', serialNo: 'MERCHANTSERIAL01' };

describe('payments with the WeChat Pay provider (fake WeChat Pay on loopback, real PostgreSQL)', () => {
  const keys = generateWechatPayKeys();
  let ds: DataSource;
  let wx: FakeWechatPay;
  let repo: PaymentsRepository;
  let service: PaymentsService;
  let seen: PaymentSucceeded[];
  let failHandler: boolean;
  let buyer: UserEntity;
  let guest: UserEntity;

  const order = (over: Partial<{ id: string; totalFen: number; userId: string }> = {}) => ({
    id: randomUUID(), no: `LM${Date.now()}`, userId: buyer.id, totalFen: 2590, description: '冬季羽绒服 等 2 件', ...over,
  });
  const paymentRow = async (paymentId: string) =>
    (await ds.query(`SELECT status, amount_fen, transaction_id, succeeded_at, prepay_id, out_trade_no FROM payments WHERE id = $1`, [paymentId]))[0];
  const notify = (n: ReturnType<typeof buildNotification>) =>
    service.handleNotification({ headers: n.headers, rawBody: Buffer.from(n.body, 'utf8') });
  /** A started payment, paid at the fake, with its out_trade_no. */
  const startedPayment = async (totalFen = 2590) => {
    const o = order({ totalFen });
    const started = await service.start(o);
    const row = await paymentRow(started.paymentId);
    return { o, paymentId: started.paymentId, outTradeNo: row.out_trade_no as string };
  };

  beforeAll(async () => {
    ds = await openTestDataSource();
    wx = await startFakeWechatPay(keys, merchant);
    const options: WechatPayOptions = {
      provider: 'wechat', ...merchant, privateKeyPem: keys.merchantPrivatePem, apiV3Key: keys.apiV3Key, platformCertPem: keys.platformPublicPem,
      platformSerial: 'PLATFORM_SERIAL_1', notifyUrl: 'https://shop.example.com/payments/wechat/notify', apiBase: wx.baseUrl, timeoutMs: 3000,
    };
    const users = new UsersRepository(ds.getRepository(UserEntity));
    repo = new PaymentsRepository(ds);
    service = new PaymentsService(repo, users, new WechatPayProvider(options, systemClock), systemClock);
    service.onSucceeded(async (p) => {
      seen.push(p);
      if (failHandler) throw new Error('orders database down');
    });
    buyer = await users.upsertWechat(`o-${randomUUID().slice(0, 12)}`, undefined, { nickname: 'buyer' });
    guest = await users.upsertGuest(`pay-${randomUUID().slice(0, 8)}`, { nickname: 'guest' });
  });
  beforeEach(() => {
    seen = [];
    failHandler = false;
    wx.requests.length = 0;
    wx.refuseRefundsWith = undefined;
    wx.unsignedAnswers = false;
  });
  afterAll(async () => {
    await wx?.close();
    await ds?.destroy();
  });

  it('creates the prepay with a request signature the merchant public key verifies, and hands out a paySign that verifies', async () => {
    const o = order();
    const result = await service.start(o);

    expect(wx.requests).toHaveLength(1);
    const req = wx.requests[0]!;
    expect(req).toMatchObject({ method: 'POST', url: '/v3/pay/transactions/jsapi', signatureValid: true });
    expect(req.authorization).toMatch(/^WECHATPAY2-SHA256-RSA2048 mchid="1900000109",nonce_str="[0-9a-f]{32}",signature="[^"]+",timestamp="\d+",serial_no="MERCHANTSERIAL01"$/);
    const row = await paymentRow(result.paymentId);
    expect(JSON.parse(req.body)).toEqual({
      appid: merchant.appId, mchid: merchant.mchId, description: '冬季羽绒服 等 2 件', out_trade_no: row.out_trade_no,
      notify_url: 'https://shop.example.com/payments/wechat/notify', amount: { total: 2590, currency: 'CNY' }, payer: { openid: buyer.openid },
    });
    expect(row).toMatchObject({ status: 'pending', amount_fen: '2590' });
    expect(row.out_trade_no).toMatch(/^[0-9a-f]{32}$/);

    if (result.provider !== 'wechat') throw new Error('expected WeChat parameters');
    const p = result.params;
    expect(p).toMatchObject({ appId: merchant.appId, signType: 'RSA', package: `prepay_id=${row.prepay_id}` });
    expect(Math.abs(Number(p.timeStamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(verifyLines(keys.merchantPublic, [p.appId, p.timeStamp, p.nonceStr, p.package], p.paySign)).toBe(true);
    expect(verifyLines(keys.merchantPublic, [p.appId, p.timeStamp, p.nonceStr, 'prepay_id=forged'], p.paySign)).toBe(false);
  });

  it('reuses the pending payment on retry, and closes it for a new one when the amount changed', async () => {
    const o = order();
    const first = await service.start(o);
    const again = await service.start(o);
    expect(again.paymentId).toBe(first.paymentId);
    const { out_trade_no: oldNo } = await paymentRow(first.paymentId);

    const changed = await service.start({ ...o, totalFen: 1990 });
    expect(changed.paymentId).not.toBe(first.paymentId);
    expect((await paymentRow(first.paymentId)).status).toBe('closed');
    expect(wx.trades.get(oldNo)?.state).toBe('CLOSED');
    expect(wx.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'POST /v3/pay/transactions/jsapi',
      'POST /v3/pay/transactions/jsapi',
      `GET /v3/pay/transactions/out-trade-no/${oldNo}`,
      `POST /v3/pay/transactions/out-trade-no/${oldNo}/close`,
      'POST /v3/pay/transactions/jsapi',
    ]);
    expect(wx.requests.every((r) => r.signatureValid)).toBe(true);
    const rows: unknown[] = await ds.query(`SELECT id FROM payments WHERE order_id = $1 AND status = 'pending'`, [o.id]);
    expect(rows).toHaveLength(1);
  });

  it('makes one pending payment when ten starts race for the same order', async () => {
    const o = order();
    const results = await Promise.all(Array.from({ length: 10 }, () => service.start(o)));
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    expect(await ds.query(`SELECT id FROM payments WHERE order_id = $1`, [o.id])).toHaveLength(1);
  });

  it('refuses a guest (no openid) with PAYMENT_PROVIDER_ERROR before asking WeChat', async () => {
    await expect(service.start(order({ userId: guest.id }))).rejects.toMatchObject({ code: ErrorCode.PAYMENT_PROVIDER_ERROR, message: expect.stringMatching(/guest/) });
    expect(wx.requests).toHaveLength(0);
  });

  it('records a valid notification delivered three times once, and calls the handler each time with the same payment', async () => {
    const { o, paymentId, outTradeNo } = await startedPayment();
    const marks = jest.spyOn(repo, 'markSucceeded');
    try {
      for (let i = 0; i < 3; i++) {
        await notify(buildNotification(keys, { outTradeNo, amount: 2590, ...merchant, transactionId: '4200001234' }));
      }
      expect(seen).toEqual([0, 1, 2].map(() => ({ paymentId, orderId: o.id, amountFen: 2590 })));
      const changed = await Promise.all(marks.mock.results.map((r) => r.value as Promise<boolean>));
      expect(changed).toEqual([true, false, false]);
    } finally {
      marks.mockRestore();
    }
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'succeeded', transaction_id: '4200001234' });
    // Paid: a new start is refused rather than asking WeChat for a second payment.
    await expect(service.start(o)).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
  });

  it.each([
    ['a forged signature', (n: { outTradeNo: string }) => buildNotification(keys, { ...n, amount: 2590, ...merchant, signWith: generateWechatPayKeys().platformPrivate })],
    ['a wrong amount', (n: { outTradeNo: string }) => buildNotification(keys, { ...n, amount: 1, ...merchant })],
    ['an unknown out_trade_no', () => buildNotification(keys, { outTradeNo: 'f'.repeat(32), amount: 2590, ...merchant })],
    ['a stale timestamp', (n: { outTradeNo: string }) => buildNotification(keys, { ...n, amount: 2590, ...merchant, timestamp: Math.floor(Date.now() / 1000) - 301 })],
    ['another merchant', (n: { outTradeNo: string }) => buildNotification(keys, { ...n, amount: 2590, ...merchant, mchId: '1900000999' })],
    ['another APIv3 key', (n: { outTradeNo: string }) => buildNotification(keys, { ...n, amount: 2590, ...merchant, apiV3Key: 'k'.repeat(32) })],
  ])('refuses %s: PAYMENT_NOTIFY_INVALID, no handler call, nothing changed', async (_, make) => {
    const { paymentId, outTradeNo } = await startedPayment();
    const before = await paymentRow(paymentId);
    await expect(notify(make({ outTradeNo }))).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOTIFY_INVALID });
    expect(seen).toEqual([]);
    expect(await paymentRow(paymentId)).toEqual(before);
  });

  it('refuses a body changed after signing (the signature covers the exact bytes)', async () => {
    const { outTradeNo } = await startedPayment();
    const n = buildNotification(keys, { outTradeNo, amount: 2590, ...merchant });
    await expect(notify({ ...n, body: n.body.replace('"summary":"支付成功",  ', '"summary":"支付成功",') })).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOTIFY_INVALID });
    expect(seen).toEqual([]);
  });

  it('keeps the payment succeeded when the handler fails, and runs the handler again on the next delivery', async () => {
    const { paymentId, outTradeNo } = await startedPayment();
    failHandler = true;
    await expect(notify(buildNotification(keys, { outTradeNo, amount: 2590, ...merchant }))).rejects.toThrow('orders database down');
    expect((await paymentRow(paymentId)).status).toBe('succeeded');
    failHandler = false;
    await notify(buildNotification(keys, { outTradeNo, amount: 2590, ...merchant }));
    expect(seen.map((p) => p.paymentId)).toEqual([paymentId, paymentId]);
  });

  it('refunds once per refund id even when asked twice, partially, and never more than was paid', async () => {
    const { o, outTradeNo } = await startedPayment(3000);
    await notify(buildNotification(keys, { outTradeNo, amount: 3000, ...merchant }));
    wx.trades.get(outTradeNo)!.state = 'SUCCESS';
    const refundId = randomUUID();

    await service.refund({ orderId: o.id, refundId, amountFen: 1000, reason: '尺码不合适' });
    await service.refund({ orderId: o.id, refundId, amountFen: 1000, reason: '尺码不合适' });
    const calls = wx.requests.filter((r) => r.url === '/v3/refund/domestic/refunds');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signatureValid).toBe(true);
    const sent = JSON.parse(calls[0]!.body);
    expect(sent).toMatchObject({ out_trade_no: outTradeNo, reason: '尺码不合适', amount: { refund: 1000, total: 3000, currency: 'CNY' } });
    expect(await ds.query(`SELECT status, amount_fen, out_refund_no FROM payment_refunds WHERE refund_id = $1`, [refundId])).toEqual([
      { status: 'accepted', amount_fen: '1000', out_refund_no: sent.out_refund_no },
    ]);

    await expect(service.refund({ orderId: o.id, refundId: randomUUID(), amountFen: 2001, reason: 'x' })).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
    await service.refund({ orderId: o.id, refundId: randomUUID(), amountFen: 2000, reason: 'x' });
    expect(wx.refundCalls.size).toBeGreaterThanOrEqual(2);
  });

  it('answers PAYMENT_PROVIDER_ERROR when WeChat refuses a refund, and a retry asks again with the same out_refund_no', async () => {
    const { o, outTradeNo } = await startedPayment();
    await notify(buildNotification(keys, { outTradeNo, amount: 2590, ...merchant }));
    wx.trades.get(outTradeNo)!.state = 'SUCCESS';
    const refundId = randomUUID();
    wx.refuseRefundsWith = 'NOT_ENOUGH';
    await expect(service.refund({ orderId: o.id, refundId, amountFen: 2590, reason: '' })).rejects.toMatchObject({
      code: ErrorCode.PAYMENT_PROVIDER_ERROR, message: expect.stringContaining('NOT_ENOUGH'),
    });
    wx.refuseRefundsWith = undefined;
    await service.refund({ orderId: o.id, refundId, amountFen: 2590, reason: '' });
    const [{ out_refund_no }] = await ds.query(`SELECT out_refund_no FROM payment_refunds WHERE refund_id = $1`, [refundId]);
    expect(wx.refundCalls.get(out_refund_no)).toBe(2);
  });

  it('refuses to refund an order that was never paid', async () => {
    const { o } = await startedPayment();
    await expect(service.refund({ orderId: o.id, refundId: randomUUID(), amountFen: 1, reason: 'x' })).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
  });

  it('on close, finds a payment WeChat took but never notified: handled as paid, not closed', async () => {
    const { o, paymentId, outTradeNo } = await startedPayment();
    wx.trades.get(outTradeNo)!.state = 'SUCCESS';
    await expect(service.closeFor(o.id)).resolves.toBe('paid');
    expect(seen).toEqual([{ paymentId, orderId: o.id, amountFen: 2590 }]);
    expect((await paymentRow(paymentId)).status).toBe('succeeded');

    const unpaid = await startedPayment();
    await expect(service.closeFor(unpaid.o.id)).resolves.toBe('closed');
    expect((await paymentRow(unpaid.paymentId)).status).toBe('closed');
    expect(wx.trades.get(unpaid.outTradeNo)?.state).toBe('CLOSED');
    await expect(service.closeFor(unpaid.o.id)).resolves.toBe('none');
  });

  it('does not believe an unsigned answer (a query saying SUCCESS could mark an order paid)', async () => {
    const { o, paymentId, outTradeNo } = await startedPayment();
    wx.trades.get(outTradeNo)!.state = 'SUCCESS';
    wx.unsignedAnswers = true;
    await expect(service.closeFor(o.id)).rejects.toMatchObject({ code: ErrorCode.PAYMENT_PROVIDER_ERROR });
    expect(seen).toEqual([]);
    expect((await paymentRow(paymentId)).status).toBe('pending');
  });

  it('rejects a dev confirmation: PAYMENT_NOT_FOUND under the WeChat provider', async () => {
    const { paymentId } = await startedPayment();
    await expect(service.confirmDev(paymentId, buyer.id)).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOT_FOUND });
    expect((await paymentRow(paymentId)).status).toBe('pending');
  });
});
