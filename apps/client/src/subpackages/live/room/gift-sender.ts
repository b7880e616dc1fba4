import type { GiftId, PayWith, SendGiftRequest, SendGiftResult } from '@livemall/shared';
import { isApiError, type ApiErrorCode } from '@/services/api-error';
import { newRequestId } from '@/utils/request-id';
import { giftErrorText } from './gift-error';

export type GiftOutcome =
  | { ok: true; result: SendGiftResult }
  /** `retryable`: the request may or may not have reached the server; a retry reuses its id. */
  | { ok: false; code: ApiErrorCode | 'UNKNOWN'; text: string; retryable: boolean };

export interface GiftSenderOptions {
  post(body: SendGiftRequest): Promise<SendGiftResult>;
  newId?: () => string;
}

export interface GiftSender {
  /** A tap: a fresh request id, unless it repeats the gift whose last try was lost on the network. */
  send(giftId: GiftId, payWith: PayWith): Promise<GiftOutcome>;
  /** Sends the lost request again with its id: the server charges once however often it arrives. */
  retry(): Promise<GiftOutcome> | null;
}

/**
 * Sending gifts with idempotency keys. A tap is a new gift (a new id); a network error leaves the
 * request in doubt, so the same id goes out again on retry and the server answers with the first
 * result instead of charging twice. Any answer from the server settles the request.
 */
export function createGiftSender({ post, newId = newRequestId }: GiftSenderOptions): GiftSender {
  let inDoubt: SendGiftRequest | null = null;

  async function attempt(body: SendGiftRequest): Promise<GiftOutcome> {
    try {
      const result = await post(body);
      inDoubt = null;
      return { ok: true, result };
    } catch (error) {
      const code = isApiError(error) ? error.code : 'UNKNOWN';
      const retryable = code === 'NETWORK_ERROR';
      inDoubt = retryable ? body : null;
      return { ok: false, code, text: giftErrorText(error), retryable };
    }
  }

  return {
    send(giftId, payWith) {
      const repeat = inDoubt && inDoubt.giftId === giftId && inDoubt.payWith === payWith;
      return attempt(repeat && inDoubt ? inDoubt : { requestId: newId(), giftId, payWith });
    },
    retry: () => (inDoubt ? attempt(inDoubt) : null),
  };
}
