import type { GrabResult, RedPacket } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';

/**
 * What the packet shows once it is opened (or cannot be): an amount, a reason, or a request to log in.
 * `retry` marks failures that say nothing about the packet (network, server), so the button comes back.
 */
export type GrabOutcome =
  | { kind: 'amount'; amount: number; note: string | null }
  | { kind: 'reason'; reason: string; retry: boolean }
  | { kind: 'login'; reason: string };

export const ALREADY_GRABBED_NOTE = '你已经领过了';
export const LOGIN_REASON = '登录后才能抢红包';

const reasons = {
  RED_PACKET_EMPTY: '手慢了，红包派完了',
  RED_PACKET_EXPIRED: '红包已过期',
  RED_PACKET_NOT_STARTED: '红包还没开始',
  RED_PACKET_OVER: '红包已结束',
  RED_PACKET_NOT_FOUND: '红包不存在',
} as const;

const reason = (text: string, retry = false): GrabOutcome => ({ kind: 'reason', reason: text, retry });

export function outcomeFromGrab(result: Pick<GrabResult, 'amount'>): GrabOutcome {
  return { kind: 'amount', amount: result.amount, note: null };
}

/** Maps a failed grab to what the user sees; decides on the error code only, never on message text. */
export function outcomeFromError(error: unknown): GrabOutcome {
  if (!isApiError(error)) return reason(errorText(error), true);
  if (error.code === 'ALREADY_GRABBED') {
    const amount = error.details?.amount;
    // The first grab's amount is the answer the user wants; without it, the note alone still tells the truth.
    if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0) {
      return { kind: 'amount', amount, note: ALREADY_GRABBED_NOTE };
    }
    return reason(ALREADY_GRABBED_NOTE);
  }
  // Not started turns into started: the button stays so the user can try again then.
  if (error.code === 'RED_PACKET_NOT_STARTED') return reason(reasons.RED_PACKET_NOT_STARTED, true);
  if (error.code in reasons) return reason(reasons[error.code as keyof typeof reasons]);
  if (error.status === 401) return { kind: 'login', reason: LOGIN_REASON };
  return reason(errorText(error), true);
}

/**
 * What a freshly loaded packet already settles without a grab; null means "show the open button".
 * A packet that is over cannot be opened, so the user is told why instead of tapping into an error.
 */
export function outcomeFromPacket(packet: Pick<RedPacket, 'myGrab' | 'status' | 'remainingCount'>): GrabOutcome | null {
  if (packet.myGrab) return { kind: 'amount', amount: packet.myGrab.amount, note: null };
  if (packet.status === 'expired') return reason(reasons.RED_PACKET_EXPIRED);
  if (packet.status === 'finished') return reason(packet.remainingCount === 0 ? reasons.RED_PACKET_EMPTY : reasons.RED_PACKET_OVER);
  return null;
}
