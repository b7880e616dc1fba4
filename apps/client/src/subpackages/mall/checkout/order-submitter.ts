import type { CreateOrderRequest, Order } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { newRequestId } from '@/utils/request-id';

export type OrderDraft = Omit<CreateOrderRequest, 'requestId'>;

/**
 * Places an order so that a retry can never buy twice. Each new draft gets a fresh `requestId`; after a
 * failure that leaves the outcome unknown (no answer, a gateway error, a 5xx, an unreadable success) the
 * same draft is sent again with the same id, and the server answers with the order it may already
 * have made. A definite answer (success, or a 4xx such as OUT_OF_STOCK) ends that id: the next submit
 * is a new attempt.
 */
export function createOrderSubmitter(send: (body: CreateOrderRequest) => Promise<Order>, newId: () => string = newRequestId) {
  let pending: { key: string; requestId: string } | null = null;

  return async function submit(draft: OrderDraft): Promise<Order> {
    const key = draftKey(draft);
    // A changed draft (address, lines, coupon) under an old id would be an IDEMPOTENCY_CONFLICT: new id.
    if (!pending || pending.key !== key) pending = { key, requestId: newId() };
    const { requestId } = pending;
    try {
      const order = await send({ ...draft, requestId });
      pending = null;
      return order;
    } catch (error) {
      if (isDefinite(error)) pending = null;
      throw error;
    }
  };
}

function isDefinite(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

function draftKey(draft: OrderDraft): string {
  const lines = [...draft.lines].sort((a, b) => a.skuId.localeCompare(b.skuId)).map((l) => `${l.skuId}*${l.quantity}`);
  return `${draft.addressId}|${draft.fromCart ? 1 : 0}|${draft.couponId === undefined ? '' : String(draft.couponId)}|${draft.pointsToUse ?? 0}|${lines.join(',')}`;
}
