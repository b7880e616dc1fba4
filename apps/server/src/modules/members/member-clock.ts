import type { Clock } from '../../common/clock/clock';

/**
 * The clock the monthly level coupon reads (which month it is). A token of its own so a test can walk the
 * membership rules through months without moving the clocks that sign payments or tokens.
 */
export const MEMBER_CLOCK = Symbol('MEMBER_CLOCK');

export const memberClockProvider = { provide: MEMBER_CLOCK, useFactory: (): Clock => ({ now: () => new Date() }) };
