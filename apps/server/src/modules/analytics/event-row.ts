import type { TrackEvent } from '@livemall/shared';

/** One `analytics_events` row as the ingest writes it (`received_at` is the database's clock). */
export interface EventRow {
  userId: string;
  id: string;
  sessionId: string;
  type: string;
  path: string | null;
  target: string | null;
  targetId: string | null;
  roomId: string | null;
  goodsId: string | null;
  skuId: string | null;
  orderId: string | null;
  value: number | null;
  occurredAt: Date;
}

const lower = (id: string | undefined) => (id === undefined ? null : id.toLowerCase());

/**
 * Flattens a valid event into the table's columns, with the meanings the dashboards read (see the entity):
 * `value` is the one number a type carries, and a goods impression/click/share also fills `goods_id` so
 * "everything about this goods" is one index. Ids are lower-cased: the key compares them as text here.
 */
export function toEventRow(userId: string, sessionId: string, e: TrackEvent): EventRow {
  const row: EventRow = {
    userId, id: e.id.toLowerCase(), sessionId, type: e.type, path: e.path ?? null,
    target: null, targetId: null, roomId: null, goodsId: null, skuId: null, orderId: null, value: null, occurredAt: new Date(e.at),
  };
  switch (e.type) {
    case 'impression':
    case 'click':
    case 'share':
      row.target = e.target;
      row.targetId = lower(e.targetId);
      if (e.target === 'goods') row.goodsId = row.targetId;
      if (e.type === 'impression') row.value = e.position ?? null;
      break;
    case 'live_enter':
    case 'comment':
      row.roomId = lower(e.roomId);
      break;
    case 'live_leave':
      row.roomId = lower(e.roomId);
      row.value = e.dwellMs;
      break;
    case 'like':
      row.roomId = lower(e.roomId);
      row.value = e.count;
      break;
    case 'add_to_cart':
      row.goodsId = lower(e.goodsId);
      row.skuId = lower(e.skuId);
      row.roomId = lower(e.roomId);
      row.value = e.quantity;
      break;
    case 'order':
    case 'pay':
      row.orderId = lower(e.orderId);
      break;
    case 'page_view':
      break;
  }
  return row;
}
