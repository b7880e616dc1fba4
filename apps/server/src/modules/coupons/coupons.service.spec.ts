import type { EntityManager } from 'typeorm';
import { strictFake } from '../../../test/support/strict-fake';
import { fixedClock } from '../../common/clock/clock';
import { CouponsService } from './coupons.service';
import type { CouponsRepository, TemplateRow } from './coupons.repository';

const m = {} as EntityManager;
// 2026-03-31 23:30 in China (UTC+8): still March there.
const clock = fixedClock('2026-03-31T15:30:00Z');
const template = (over: Partial<TemplateRow> = {}): TemplateRow => ({
  id: 't1', merchantId: 'm1', merchantName: '店', name: '券', rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 100 },
  validity: { kind: 'relative', validDays: 7 }, scope: { kind: 'all' }, totalQuantity: 10, perUserLimit: 1, claimedCount: 0,
  newUserOnly: false, showInCentre: true, grantOnSignup: false, grantOnBirthday: false, status: 'active', createdAt: new Date(), ...over,
});

describe('CouponsService (strict fakes)', () => {
  it('refuses a claim past the per-user limit before inserting anything', async () => {
    const repo = strictFake<CouponsRepository>('repo', {
      byKey: async () => null,
      template: async () => template(),
      transaction: (async (work: (m: EntityManager) => Promise<unknown>) => work(m)) as CouponsRepository['transaction'],
      takeOne: async () => true,
      countOf: async () => 1,
    });
    await expect(new CouponsService(repo, clock).claim('u1', 't1', 'r1')).rejects.toMatchObject({ code: 'COUPON_LIMIT_REACHED' });
  });

  it('answers a retried grant with the coupon it already gave, taking nothing from the template', async () => {
    const repo = strictFake<CouponsRepository>('repo', {
      template: async () => template(),
      byKey: async (_u: string, key: string) => (key === 'grant:invite:42' ? ({ id: 'c1' } as never) : null),
    });
    await expect(new CouponsService(repo, clock).grant(m, 'u1', 't1', 'invite:42')).resolves.toBe('c1');
  });

  it('gives back what it took when the same key won meanwhile', async () => {
    const calls: string[] = [];
    let reads = 0;
    const repo = strictFake<CouponsRepository>('repo', {
      template: async () => template(),
      byKey: async () => (reads++ === 0 ? null : ({ id: 'c-winner' } as never)),
      takeOne: async () => (calls.push('take'), true),
      countOf: async () => 0,
      insertCoupon: async () => null,
      giveBack: async () => void calls.push('giveBack'),
    });
    await expect(new CouponsService(repo, clock).grant(m, 'u1', 't1', 'k')).resolves.toBe('c-winner');
    expect(calls).toEqual(['take', 'giveBack']);
  });

  it('grants no new-user coupon to a user who has paid an order', async () => {
    const repo = strictFake<CouponsRepository>('repo', {
      signupTemplatesFor: async () => [template({ grantOnSignup: true })],
      hasPaidOrder: async () => true,
    });
    await expect(new CouponsService(repo, clock).grantSignupCoupons('u1')).resolves.toBeUndefined();
  });

  it('grants birthday coupons only in the birthday month, China time, keyed by the year', async () => {
    const keys: string[] = [];
    const repo = strictFake<CouponsRepository>('repo', {
      birthMonthOf: async () => 3,
      birthdayTemplatesFor: async (_u: string, year: number) => (year === 2026 ? [template({ grantOnBirthday: true })] : []),
      transaction: (async (work: (m: EntityManager) => Promise<unknown>) => work(m)) as CouponsRepository['transaction'],
      byKey: async (_u: string, key: string) => (keys.push(key), null),
      takeOne: async () => true,
      countOf: async () => 0,
      insertCoupon: async () => 'c1',
    });
    await new CouponsService(repo, clock).grantBirthdayCoupons('u1');
    expect(keys).toEqual(['birthday:t1:2026']);
    // 30 minutes later it is April in China: nothing is read past the month check.
    await new CouponsService(repo, fixedClock('2026-03-31T16:00:00Z')).grantBirthdayCoupons('u1');
    expect(keys).toEqual(['birthday:t1:2026']);
  });
});
