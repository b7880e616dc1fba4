import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type CouponCentreEntry } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';

export interface CouponCentreState {
  entries: CouponCentreEntry[] | null;
  error: string | null;
  /** The template being claimed. */
  claiming: string | null;
  message: string | null;
  reload(): Promise<void>;
  claim(templateId: string): Promise<boolean>;
}

/** GET /coupons/centre, and claiming with a requestId that survives a retry (one coupon per tap). */
export function useCouponCentre(): CouponCentreState {
  const [entries, setEntries] = useState<CouponCentreEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [claiming, setClaiming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const claimer = useRef(
    createActivitySubmitter(
      (templateId: string, requestId) => call(api.claimCoupon, { params: { id: templateId }, body: { requestId } }),
      (templateId) => templateId,
    ),
  );

  const reload = useCallback(async () => {
    await whenSessionSettled();
    try {
      setEntries((await call(api.couponCentre)).items);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const claim = async (templateId: string): Promise<boolean> => {
    if (claiming) return false;
    setClaiming(templateId);
    setMessage(null);
    try {
      await claimer.current(templateId);
      setMessage('领取成功');
      return true;
    } catch (e) {
      setMessage(errorText(e));
      return false;
    } finally {
      setClaiming(null);
      // The server's word on what I can still claim (sold out, my limit) after either outcome.
      await reload();
    }
  };

  return { entries, error, claiming, message, reload, claim };
}
