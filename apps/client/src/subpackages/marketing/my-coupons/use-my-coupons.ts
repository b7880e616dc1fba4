import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type CouponStatus, type MyCoupon } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

export interface MyCouponsState {
  items: MyCoupon[] | null;
  error: string | null;
  reload(): Promise<void>;
}

/** GET /me/coupons?status=…, again when the tab changes (the last answer wins). */
export function useMyCoupons(status: CouponStatus): MyCouponsState {
  const [items, setItems] = useState<MyCoupon[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    setItems(null);
    setError(null);
    await whenSessionSettled();
    try {
      const { items: fresh } = await call(api.myCoupons, { query: { status } });
      if (mine === latest.current) setItems(fresh);
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
    }
  }, [status]);
  useEffect(() => void reload(), [reload]);

  return { items, error, reload };
}
