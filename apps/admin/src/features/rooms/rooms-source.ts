import { api, type GoodsSummary, type LiveRoomSummary } from '@livemall/shared';
import { call } from '../../api/call';
import type { ConsoleStaff } from '../../auth/session';

export interface RoomsPage {
  items: LiveRoomSummary[];
  nextCursor: string | null;
}

/**
 * The rooms a staff member runs. The owner's list (`GET /merchant/rooms`) is merchant-only, so an
 * assistant (场控) sees the shop's live and upcoming rooms from the public list — the ones whose floor
 * they may run; ended rooms need nothing from them.
 */
export async function loadRooms(staff: ConsoleStaff, cursor?: string): Promise<RoomsPage> {
  if (staff.role === 'owner') return call(api.myRooms, { query: { limit: 20, cursor } });
  const page = await call(api.liveRooms, { query: { limit: 50, cursor } });
  return { items: page.items.filter((r) => r.merchantId === staff.merchantId), nextCursor: page.nextCursor };
}

/**
 * Goods the panel may push (on the shelf, of the room's shop). Without a keyword the owner gets their
 * newest on-shelf goods; a search — and anything an assistant asks, who may not list the shop's goods
 * (merchant-only) — goes to the public shelf's search, keeping the shop's own.
 */
export async function loadPushableGoods(staff: ConsoleStaff, merchantId: string, keyword?: string): Promise<GoodsSummary[]> {
  const q = keyword?.trim() || undefined;
  if (staff.role === 'owner' && !q) {
    const page = await call(api.merchantGoods, { query: { limit: 50 } });
    return page.items.filter((g) => g.onShelf);
  }
  const page = await call(api.goods, { query: { limit: 50, q } });
  return page.items.filter((g) => g.merchantId === merchantId);
}
