import { isApiError } from '@/services/api-error';
import { newRequestId } from '@/utils/request-id';

/**
 * Places an activity order (开团/参团, 秒杀, 砍价 buy) so that a retry can never buy twice, as the mall's
 * order submitter does: a new attempt gets a fresh `requestId`; after an unknown outcome (no answer, a 5xx,
 * an unreadable success) the same attempt is sent again with the same id and the server answers with the
 * order it may already have made. A definite answer ends the id. `key` says when two drafts are the same
 * attempt (the same group and address, say).
 */
export function createActivitySubmitter<D, R>(send: (draft: D, requestId: string) => Promise<R>, key: (draft: D) => string, newId: () => string = newRequestId) {
  let pending: { key: string; requestId: string } | null = null;
  return async function submit(draft: D): Promise<R> {
    const k = key(draft);
    if (!pending || pending.key !== k) pending = { key: k, requestId: newId() };
    const { requestId } = pending;
    try {
      const result = await send(draft, requestId);
      pending = null;
      return result;
    } catch (error) {
      if (isApiError(error) && error.status >= 400 && error.status < 500) pending = null;
      throw error;
    }
  };
}
