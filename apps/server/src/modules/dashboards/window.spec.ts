import { ErrorCode } from '@livemall/shared';
import { bps, checkShopRange, floorDiv, roomWindow } from './window';

const now = new Date('2026-12-01T10:00:00Z');
const started = new Date('2026-12-01T08:00:00Z');
const ended = new Date('2026-12-01T09:30:00Z');

describe('room window', () => {
  it('defaults to the room start and its end, or now while live', () => {
    expect(roomWindow({ startedAt: started, endedAt: ended }, {}, now)).toEqual({ from: started, to: ended });
    expect(roomWindow({ startedAt: started, endedAt: null }, {}, now)).toEqual({ from: started, to: now });
  });

  it('takes either end asked for', () => {
    const from = '2026-12-01T08:30:00+08:00';
    expect(roomWindow({ startedAt: started, endedAt: ended }, { from: '2026-12-01T08:30:00Z' }, now).from).toEqual(new Date('2026-12-01T08:30:00Z'));
    expect(roomWindow({ startedAt: null, endedAt: null }, { from, to: '2026-12-01T09:00:00+08:00' }, now)).toEqual({ from: new Date('2026-12-01T00:30:00Z'), to: new Date('2026-12-01T01:00:00Z') });
  });

  it('is empty for a room never started', () => {
    expect(roomWindow({ startedAt: null, endedAt: null }, {}, now)).toEqual({ from: now, to: now });
  });

  it('refuses a reversed or over-long window', () => {
    expect(() => roomWindow({ startedAt: started, endedAt: ended }, { to: '2026-12-01T07:00:00Z' }, now)).toThrow(expect.objectContaining({ code: ErrorCode.DASHBOARD_RANGE_INVALID }));
    const day = { from: '2026-11-30T08:00:00Z', to: '2026-12-01T08:00:00Z' };
    expect(roomWindow({ startedAt: null, endedAt: null }, day, now).to).toEqual(new Date(day.to));
    expect(() => roomWindow({ startedAt: null, endedAt: null }, { ...day, to: '2026-12-01T08:00:00.001Z' }, now)).toThrow(expect.objectContaining({ code: ErrorCode.DASHBOARD_RANGE_TOO_LONG }));
  });
});

describe('shop range', () => {
  it('takes 1 to 366 days, both ends included', () => {
    expect(() => checkShopRange('2026-11-20', '2026-11-20')).not.toThrow();
    expect(() => checkShopRange('2024-01-01', '2024-12-31')).not.toThrow(); // a leap year: 366 days
    expect(() => checkShopRange('2023-01-01', '2024-01-01')).not.toThrow();
    expect(() => checkShopRange('2023-01-01', '2024-01-02')).toThrow(expect.objectContaining({ code: ErrorCode.DASHBOARD_RANGE_TOO_LONG }));
    expect(() => checkShopRange('2026-11-21', '2026-11-20')).toThrow(expect.objectContaining({ code: ErrorCode.DASHBOARD_RANGE_INVALID }));
  });
});

describe('integer rates', () => {
  it('floors, and gives 0 for an empty whole', () => {
    expect(bps(5, 12)).toBe(4_166);
    expect(bps(1, 3)).toBe(3_333);
    expect(bps(3, 3)).toBe(10_000);
    expect(bps(0, 0)).toBe(0);
    expect(floorDiv(24_500, 7)).toBe(3_500);
    expect(floorDiv(2_175_000, 12)).toBe(181_250);
    expect(floorDiv(7, 0)).toBe(0);
  });
});
