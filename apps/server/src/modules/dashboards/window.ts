import { ROOM_DASHBOARD_MAX_HOURS, SHOP_DASHBOARD_MAX_DAYS } from '@livemall/shared';
import { dashboardErrors } from './dashboards.errors';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface RoomTimes {
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * A room's window, [from, to): each end asked for, or else the room's start and its end (now while live).
 * A room never started, asked without `from`, has an empty window (from = to): its figures are zeros.
 */
export function roomWindow(room: RoomTimes, asked: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const to = asked.to ? new Date(asked.to) : (room.endedAt ?? now);
  const from = asked.from ? new Date(asked.from) : (room.startedAt ?? to);
  if (from > to) throw dashboardErrors.reversed();
  if (to.getTime() - from.getTime() > ROOM_DASHBOARD_MAX_HOURS * HOUR_MS) throw dashboardErrors.tooLong(`${ROOM_DASHBOARD_MAX_HOURS} hours`);
  return { from, to };
}

/** Checks a shop range of calendar dates (YYYY-MM-DD, both ends included). */
export function checkShopRange(from: string, to: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) throw dashboardErrors.reversed();
  if (days > SHOP_DASHBOARD_MAX_DAYS) throw dashboardErrors.tooLong(`${SHOP_DASHBOARD_MAX_DAYS} days`);
}

/** part / whole in basis points, floored; 0 when there is no whole. */
export function bps(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 10_000) / whole);
}

/** Integer division floored; 0 when dividing by 0. */
export function floorDiv(a: number, b: number): number {
  return b === 0 ? 0 : Math.floor(a / b);
}
