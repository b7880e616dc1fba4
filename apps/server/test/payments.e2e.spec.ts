import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ErrorCode, type Order, orderSchema } from '@livemall/shared';
import { Client } from 'pg';
import { ResponseContractInterceptor } from '../src/common/contract/response.interceptor';
import { RateLimitModule } from '../src/common/rate-limit/rate-limit.module';
import { AllExceptionsFilter } from '../src/common/http/all-exceptions.filter';
import { type AppConfig, loadConfig } from '../src/config/config';
import { APP_CONFIG, DATABASE_INFO, REDIS } from '../src/config/config.tokens';
import { dataSourceOptions } from '../src/database/data-source-options';
import { AuthModule } from '../src/modules/auth/auth.module';
import { TokensService } from '../src/modules/auth/tokens.service';
import { UserEntity } from '../src/modules/users/entities/user.entity';
import { UsersRepository } from '../src/modules/users/users.repository';
import { PaymentsModule } from '../src/modules/payments/payments.module';
import { type PaymentSucceeded, PaymentsService } from '../src/modules/payments/payments.service';
import { WebModule } from '../src/modules/web/web.module';
import { buildNotification, type FakeWechatPay, generateWechatPayKeys, startFakeWechatPay } from './support/fake-wechat-pay';
import { HARNESS_LIMITS, testEnv } from './support/services';

const merchant = { mchId: '1900000109', appId: 'wx0123456789abcdef', serialNo: 'MERCHANTSERIAL01' };

@Global()
@Module({})
class TestCore {
  static with(config: AppConfig): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DATABASE_INFO, useValue: { mode: 'external', url: config.databaseUrl } },
      { provide: REDIS, useValue: null },
    ];
    return { module: TestCore, providers, exports: providers.map((p) => p.provide) };
  }
}

/**
 * The payments module over HTTP, with auth and the app's error filter and response contract, but without
 * the orders module: the test plays its part (success handler, order reader).
 */
@Module({})
class PaymentsTestApp {
  static with(config: AppConfig): DynamicModule {
    return {
      module: PaymentsTestApp,
      imports: [TestCore.with(config), TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl as string, { poolSize: 4 })), WebModule, RateLimitModule, AuthModule, PaymentsModule],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
      ],
    };
  }
}

async function startApp(env: Record<string, string>): Promise<{ app: NestFastifyApplication; url: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testEnv().databaseUrl,
    JWT_SECRET: 'payments-e2e-secret-0123456789-0123456789',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-pay-')),
    H5_DIR: mkdtempSync(join(tmpdir(), 'lm-pay-h5-')),
    ...HARNESS_LIMITS,
    ...env,
  });
  const app = await NestFactory.create<NestFastifyApplication>(PaymentsTestApp.with(config), new FastifyAdapter(), { logger: false });
  await app.init();
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: await app.getUrl() };
}

const fakeOrder = (id: string, userId: string): Order =>
  orderSchema.parse({
    id, no: 'LM0001', userId, merchantId: randomUUID(), status: 'paid', source: 'mall', sourceId: null, couponId: null, items: [], itemsFen: 990, shippingFen: 0, discountFen: 0, totalFen: 990,
    refundedFen: 0, address: { name: '张三', phone: '13800000000', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道 1 号' },
    createdAt: new Date().toISOString(), payDeadline: new Date().toISOString(), paidAt: new Date().toISOString(), shippedAt: null, carrier: null,
    trackingNo: null, completedAt: null, cancelledAt: null, cancelReason: null, refunds: [],
  });

describe('payments over HTTP', () => {
  let db: Client;
  let users: UsersRepository;
  let seen: PaymentSucceeded[];
  let failHandler: boolean;

  beforeAll(async () => {
    db = new Client({ connectionString: testEnv().databaseUrl });
    await db.connect();
  });
  afterAll(() => db?.end());
  beforeEach(() => {
    seen = [];
    failHandler = false;
  });

  describe('the WeChat notify endpoint (PAY_PROVIDER=wechat)', () => {
    const keys = generateWechatPayKeys();
    let wx: FakeWechatPay;
    let app: NestFastifyApplication;
    let url: string;
    let payments: PaymentsService;
    let buyer: UserEntity;

    const post = async (path: string, body: string, headers: Record<string, string>) => {
      const res = await fetch(new URL(path, url), { method: 'POST', headers, body });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const started = async () => {
      const o = { id: randomUUID(), no: 'LM1', userId: buyer.id, totalFen: 990, description: 'tea' };
      const { paymentId } = await payments.start(o);
      const { rows } = await db.query(`SELECT out_trade_no FROM payments WHERE id = $1`, [paymentId]);
      return { orderId: o.id, paymentId, outTradeNo: rows[0].out_trade_no as string };
    };

    beforeAll(async () => {
      wx = await startFakeWechatPay(keys, merchant);
      ({ app, url } = await startApp({
        PAY_PROVIDER: 'wechat', WXPAY_MCHID: merchant.mchId, WXPAY_APPID: merchant.appId, WXPAY_SERIAL_NO: merchant.serialNo,
        // As an environment file carries it: one line, with \n escapes.
        WXPAY_PRIVATE_KEY: keys.merchantPrivatePem.replace(/\n/g, '\\n'), WXPAY_APIV3_KEY: keys.apiV3Key, WXPAY_PLATFORM_CERT: keys.platformPublicPem,
        WXPAY_NOTIFY_URL: 'https://shop.example.com/payments/wechat/notify', WXPAY_API_BASE: wx.baseUrl,
      }));
      payments = app.get(PaymentsService);
      payments.onSucceeded(async (p) => {
        seen.push(p);
        if (failHandler) throw new Error('orders database down');
      });
      users = app.get(UsersRepository);
      buyer = await users.upsertWechat(`o-${randomUUID().slice(0, 12)}`, undefined, { nickname: 'buyer' });
    });
    afterAll(async () => {
      await app?.close();
      await wx?.close();
    });

    it('answers a valid notification delivered three times with 200 SUCCESS, records the payment once, calls the handler each time', async () => {
      const { orderId, paymentId, outTradeNo } = await started();
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const n = buildNotification(keys, { outTradeNo, amount: 990, ...merchant, transactionId: '4200009999' });
        answers.push(await post('/payments/wechat/notify', n.body, n.headers));
      }
      expect(answers).toEqual([0, 1, 2].map(() => ({ status: 200, json: { code: 'SUCCESS', message: 'OK' } })));
      expect(seen).toEqual([0, 1, 2].map(() => ({ paymentId, orderId, amountFen: 990 })));
      const { rows } = await db.query(`SELECT status, transaction_id FROM payments WHERE order_id = $1`, [orderId]);
      expect(rows).toEqual([{ status: 'succeeded', transaction_id: '4200009999' }]);
    });

    it('answers a forged, stale or unknown notification with 400 FAIL and calls nothing', async () => {
      const { paymentId, outTradeNo } = await started();
      const forged = buildNotification(keys, { outTradeNo, amount: 990, ...merchant, signWith: generateWechatPayKeys().platformPrivate });
      const stale = buildNotification(keys, { outTradeNo, amount: 990, ...merchant, timestamp: Math.floor(Date.now() / 1000) - 600 });
      const unknown = buildNotification(keys, { outTradeNo: 'a'.repeat(32), amount: 990, ...merchant });
      for (const n of [forged, stale, unknown]) {
        const answer = await post('/payments/wechat/notify', n.body, n.headers);
        expect(answer).toEqual({ status: 400, json: { code: 'FAIL', message: expect.stringMatching(/^Payment notification refused: /) } });
      }
      const empty = await post('/payments/wechat/notify', '', {});
      expect(empty.status).toBe(400);
      expect(seen).toEqual([]);
      expect((await db.query(`SELECT status FROM payments WHERE id = $1`, [paymentId])).rows).toEqual([{ status: 'pending' }]);
    });

    it('answers 500 FAIL while the handler fails, so WeChat retries; the retry succeeds', async () => {
      const { paymentId, outTradeNo } = await started();
      const n = buildNotification(keys, { outTradeNo, amount: 990, ...merchant });
      failHandler = true;
      expect(await post('/payments/wechat/notify', n.body, { ...n.headers, 'content-type': 'application/json; charset=utf-8' })).toEqual({
        status: 500, json: { code: 'FAIL', message: expect.any(String) },
      });
      failHandler = false;
      expect((await post('/payments/wechat/notify', n.body, n.headers)).json).toEqual({ code: 'SUCCESS', message: 'OK' });
      expect(seen.map((p) => p.paymentId)).toEqual([paymentId, paymentId]);
    });

    it('leaves JSON parsing of the other routes alone, and refuses dev-confirm (PAYMENT_NOT_FOUND)', async () => {
      const refresh = await post('/auth/refresh', JSON.stringify({ refreshToken: 'x'.repeat(40) }), { 'content-type': 'application/json' });
      expect(refresh).toMatchObject({ status: 401, json: { code: ErrorCode.REFRESH_TOKEN_INVALID } });
      const { paymentId } = await started();
      const { accessToken } = await app.get(TokensService).issue(buyer);
      const res = await fetch(new URL(`/payments/${paymentId}/dev-confirm`, url), { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: ErrorCode.PAYMENT_NOT_FOUND });
    });
  });

  describe('POST /payments/:id/dev-confirm (PAY_PROVIDER=dev)', () => {
    let app: NestFastifyApplication;
    let url: string;
    let payments: PaymentsService;

    beforeAll(async () => {
      ({ app, url } = await startApp({}));
      payments = app.get(PaymentsService);
      payments.onSucceeded(async (p) => {
        seen.push(p);
      });
      payments.setOrderReader(async (orderId, userId) => fakeOrder(orderId, userId));
      users = app.get(UsersRepository);
    });
    afterAll(() => app?.close());

    it("confirms the buyer's own payment and answers the order; someone else gets 404 PAYMENT_NOT_FOUND, nobody 401", async () => {
      const buyer = await users.upsertGuest(`pay-${randomUUID().slice(0, 8)}`, { nickname: 'buyer' });
      const stranger = await users.upsertGuest(`pay-${randomUUID().slice(0, 8)}`, { nickname: 'stranger' });
      const tokens = app.get(TokensService);
      const orderId = randomUUID();
      const { paymentId } = await payments.start({ id: orderId, no: 'LM2', userId: buyer.id, totalFen: 990, description: 'tea' });
      const confirm = async (token?: string) => {
        const res = await fetch(new URL(`/payments/${paymentId}/dev-confirm`, url), { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
        return { status: res.status, json: (await res.json()) as Record<string, unknown> };
      };

      expect((await confirm()).status).toBe(401);
      expect(await confirm((await tokens.issue(stranger)).accessToken)).toMatchObject({ status: 404, json: { code: ErrorCode.PAYMENT_NOT_FOUND } });
      expect(seen).toEqual([]);
      const ok = await confirm((await tokens.issue(buyer)).accessToken);
      expect(ok.status).toBe(200);
      expect(orderSchema.parse(ok.json)).toMatchObject({ id: orderId, userId: buyer.id });
      expect(seen).toEqual([{ paymentId, orderId, amountFen: 990 }]);
    });
  });
});
