import type { Bargain } from '@livemall/shared';
import { bargainActions, bargainProgress } from './bargain-model';

const expiresAt = '2026-11-22T13:00:00.000Z';
const before = Date.parse(expiresAt) - 1;
const base = { status: 'open', mine: false, myCutFen: null, expiresAt, helpersDone: 2, helpersNeeded: 5 } as const satisfies Partial<Bargain>;

describe('bargainProgress', () => {
  it('measures the cut from the original to the floor price in whole percent', () => {
    expect(bargainProgress({ originalPriceFen: 10000, floorPriceFen: 2000, currentPriceFen: 6000 })).toEqual({ percent: 50, cutFen: 4000, toFloorFen: 4000 });
    expect(bargainProgress({ originalPriceFen: 10000, floorPriceFen: 1, currentPriceFen: 9999 }).percent).toBe(0);
    expect(bargainProgress({ originalPriceFen: 10000, floorPriceFen: 2000, currentPriceFen: 2000 })).toEqual({ percent: 100, cutFen: 8000, toFloorFen: 0 });
  });

  it('stays within 0–100 on odd figures', () => {
    expect(bargainProgress({ originalPriceFen: 10000, floorPriceFen: 2000, currentPriceFen: 10500 }).percent).toBe(0);
    expect(bargainProgress({ originalPriceFen: 10000, floorPriceFen: 2000, currentPriceFen: 1000 }).percent).toBe(100);
  });
});

describe('bargainActions', () => {
  it('lets a visitor help once, and its starter buy, while it is open', () => {
    expect(bargainActions(base, before)).toMatchObject({ canHelp: true, canBuy: false, expired: false, text: '已有 2 位好友帮砍，还差 3 位' });
    expect(bargainActions({ ...base, myCutFen: 120 }, before).canHelp).toBe(false);
    expect(bargainActions({ ...base, mine: true }, before)).toMatchObject({ canHelp: false, canBuy: true });
  });

  it('takes no more help at the floor but still sells', () => {
    expect(bargainActions({ ...base, status: 'floor_reached', mine: true }, before)).toMatchObject({ canHelp: false, canBuy: true, text: '已砍到底价' });
  });

  it('expires by the clock as well as by the server', () => {
    expect(bargainActions({ ...base, mine: true }, Date.parse(expiresAt))).toMatchObject({ canHelp: false, canBuy: false, expired: true, text: '砍价已过期' });
    expect(bargainActions({ ...base, status: 'expired' }, before).expired).toBe(true);
    expect(bargainActions({ ...base, status: 'ordered', mine: true }, Date.parse(expiresAt) + 1)).toMatchObject({ canBuy: false, expired: false, text: '已下单' });
  });
});
