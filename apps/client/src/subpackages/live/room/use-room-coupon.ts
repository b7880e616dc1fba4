import { useRef, useState } from 'react';
import { api } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { newRequestId } from '@/utils/request-id';

export type CouponClaimState = { status: 'idle' } | { status: 'claiming' } | { status: 'claimed' } | { status: 'failed'; text: string };

/**
 * Claiming the room's coupon card. One request id per card, kept while the answer is in doubt (a network
 * error), so a second tap after a lost answer cannot claim twice.
 */
export function useRoomCoupon() {
  const [state, setState] = useState<{ templateId: string | null; claim: CouponClaimState }>({ templateId: null, claim: { status: 'idle' } });
  const inDoubt = useRef<{ templateId: string; requestId: string } | null>(null);

  const claim = async (templateId: string) => {
    const requestId = inDoubt.current?.templateId === templateId ? inDoubt.current.requestId : newRequestId();
    setState({ templateId, claim: { status: 'claiming' } });
    try {
      await call(api.claimCoupon, { params: { id: templateId }, body: { requestId } });
      inDoubt.current = null;
      setState({ templateId, claim: { status: 'claimed' } });
    } catch (error) {
      inDoubt.current = isApiError(error) && error.code === 'NETWORK_ERROR' ? { templateId, requestId } : null;
      setState({ templateId, claim: { status: 'failed', text: errorText(error) } });
    }
  };

  /** The state of this card: a new card starts idle. */
  const stateOf = (templateId: string): CouponClaimState => (state.templateId === templateId ? state.claim : { status: 'idle' });
  return { claim, stateOf };
}
