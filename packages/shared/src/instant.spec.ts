import { createFullReductionRequestSchema } from './coupon';
import { instantSchema, instantWithOffsetSchema } from './instant';

describe('instants', () => {
  it('takes ISO times from 1970 on, with Z, and with an offset where allowed', () => {
    expect(instantSchema.safeParse('2026-12-07T08:00:00Z').success).toBe(true);
    expect(instantSchema.safeParse('1970-01-01T00:00:00.000Z').success).toBe(true);
    expect(instantSchema.safeParse('9999-12-31T23:59:59Z').success).toBe(true);
    expect(instantWithOffsetSchema.safeParse('2026-12-07T16:00:00+08:00').success).toBe(true);
    expect(instantSchema.safeParse('2026-12-07T16:00:00+08:00').success).toBe(false);
  });

  // PostgreSQL has no year 0: this reached an INSERT and answered 500 (found by the long fuzz).
  it.each(['0000-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '0001-01-01T00:00:00Z'])('refuses %s', (at) => {
    expect(instantSchema.safeParse(at).success).toBe(false);
    expect(instantWithOffsetSchema.safeParse(at).success).toBe(false);
  });

  it('refuses an offset that puts the time before 1970', () => {
    expect(instantWithOffsetSchema.safeParse('1970-01-01T00:30:00+01:00').success).toBe(false);
  });

  it('is what a merchant form uses: a full reduction starting in year 0 is refused at parse time', () => {
    const body = { name: '满减', tiers: [{ thresholdFen: 10000, amountFen: 1000 }], endsAt: '2027-01-01T00:00:00Z' };
    expect(createFullReductionRequestSchema.safeParse({ ...body, startsAt: '0000-01-01T00:00:00Z' }).success).toBe(false);
    expect(createFullReductionRequestSchema.safeParse({ ...body, startsAt: '2026-12-07T00:00:00Z' }).success).toBe(true);
  });
});
