import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import { strictFake } from '../../../test/support/strict-fake';
import { systemClock } from '../../common/clock/clock';
import type { UsersRepository } from '../users/users.repository';
import { PaymentsRepository } from './payments.repository';
import { type PaymentSucceeded, PaymentsService } from './payments.service';
import { DevPaymentProvider } from './providers/dev-payment.provider';

describe('payments with the dev provider (real PostgreSQL)', () => {
  let ds: DataSource;
  let service: PaymentsService;
  let seen: PaymentSucceeded[];
  const buyer = randomUUID();
  const stranger = randomUUID();
  const order = (totalFen = 990) => ({ id: randomUUID(), no: 'LM1', userId: buyer, totalFen, description: 'tea' });
  const status = async (id: string) => (await ds.query(`SELECT status FROM payments WHERE id = $1`, [id]))[0]?.status;

  beforeAll(async () => {
    ds = await openTestDataSource();
    // The dev provider needs no openid: the users table must not even be read.
    service = new PaymentsService(new PaymentsRepository(ds), strictFake<UsersRepository>('users', {}), new DevPaymentProvider(), systemClock);
    service.onSucceeded(async (p) => {
      seen.push(p);
    });
  });
  beforeEach(() => (seen = []));
  afterAll(() => ds?.destroy());

  it('starts a dev payment that only its buyer can confirm; confirming acts like a notification', async () => {
    const o = order();
    const started = await service.start(o);
    expect(started).toEqual({ provider: 'dev', paymentId: expect.any(String) });

    await expect(service.confirmDev(started.paymentId, stranger)).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOT_FOUND });
    await expect(service.confirmDev(randomUUID(), buyer)).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOT_FOUND });
    expect(seen).toEqual([]);
    expect(await status(started.paymentId)).toBe('pending');

    await expect(service.confirmDev(started.paymentId, buyer)).resolves.toEqual({ orderId: o.id });
    await expect(service.confirmDev(started.paymentId, buyer)).resolves.toEqual({ orderId: o.id });
    expect(seen).toEqual([0, 1].map(() => ({ paymentId: started.paymentId, orderId: o.id, amountFen: 990 })));
    expect(await status(started.paymentId)).toBe('succeeded');
    await expect(service.start(o)).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
  });

  // A SIGKILL between the payment's success and its handlers left the order unpaid for good: a retried pay
  // was refused as "already paid" and nothing ran the handlers again (found by the crash drill, long form).
  it('finishes a success whose handlers never ran when the buyer asks to pay again, then says it is paid', async () => {
    const o = order();
    const started = await service.start(o);
    await new PaymentsRepository(ds).markSucceeded(started.paymentId, null, new Date()); // where the killed process stopped
    expect(seen).toEqual([]);
    await expect(service.start(o)).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
    expect(seen).toEqual([{ paymentId: started.paymentId, orderId: o.id, amountFen: 990 }]);
  });

  it('replaces the payment when the amount changed; the old one can no longer be confirmed', async () => {
    const o = order();
    const first = await service.start(o);
    const second = await service.start({ ...o, totalFen: 500 });
    expect(second.paymentId).not.toBe(first.paymentId);
    expect(await status(first.paymentId)).toBe('closed');
    await expect(service.confirmDev(first.paymentId, buyer)).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOT_FOUND });
    await service.confirmDev(second.paymentId, buyer);
    expect(seen).toEqual([{ paymentId: second.paymentId, orderId: o.id, amountFen: 500 }]);
  });

  it('records refunds, once per refund id, within the amount paid', async () => {
    const o = order(1000);
    const { paymentId } = await service.start(o);
    await service.confirmDev(paymentId, buyer);
    const refundId = randomUUID();
    await Promise.all([1, 2, 3].map(() => service.refund({ orderId: o.id, refundId, amountFen: 600, reason: 'broken' })));
    await expect(service.refund({ orderId: o.id, refundId, amountFen: 700, reason: 'broken' })).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
    await expect(service.refund({ orderId: o.id, refundId: randomUUID(), amountFen: 401, reason: 'x' })).rejects.toMatchObject({ code: ErrorCode.ORDER_STATE_CONFLICT });
    expect(await ds.query(`SELECT amount_fen, status FROM payment_refunds WHERE payment_id = $1`, [paymentId])).toEqual([{ amount_fen: '600', status: 'accepted' }]);
  });

  it('answers dev-confirm with the order the registered reader shows', async () => {
    const o = order();
    const { paymentId } = await service.start(o);
    const reads: Array<[string, string]> = [];
    service.setOrderReader(async (orderId, userId) => {
      reads.push([orderId, userId]);
      return { id: orderId } as never;
    });
    await expect(service.confirmDevAndRead(paymentId, buyer)).resolves.toEqual({ id: o.id });
    expect(reads).toEqual([[o.id, buyer]]);
  });

  it('refuses notifications: there are none in dev mode', async () => {
    await expect(service.handleNotification({ headers: {}, rawBody: Buffer.from('{}') })).rejects.toMatchObject({ code: ErrorCode.PAYMENT_NOTIFY_INVALID });
  });
});
