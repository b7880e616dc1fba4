import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Bargain, type Order } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';

export interface BargainState {
  bargain: Bargain | null;
  error: string | null;
  busy: boolean;
  message: string | null;
  /** My cut, once I helped here. */
  helped: number | null;
  reload(): Promise<void>;
  help(): Promise<void>;
  buy(addressId: string): Promise<Order | null>;
}

/** A bargain: GET /bargains/:id (as the caller sees it: mine? helped?), 帮砍, and buying at its current price. */
export function useBargain(bargainId: string | null): BargainState {
  const [bargain, setBargain] = useState<Bargain | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [helped, setHelped] = useState<number | null>(null);
  const buyer = useRef(
    createActivitySubmitter(
      (addressId: string, requestId) => call(api.buyBargain, { params: { id: bargainId ?? '' }, body: { requestId, addressId } }),
      (addressId) => addressId,
    ),
  );

  const reload = useCallback(async () => {
    if (!bargainId) return;
    // Signed in or not changes `mine` and `myCutFen`: wait for the launch login.
    await whenSessionSettled();
    try {
      setBargain(await call(api.bargain, { params: { id: bargainId } }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [bargainId]);
  useEffect(() => void reload(), [reload]);

  const run = async <T>(action: () => Promise<T>): Promise<T | null> => {
    if (busy || !bargainId) return null;
    setBusy(true);
    setMessage(null);
    try {
      return await action();
    } catch (e) {
      setMessage(errorText(e));
      void reload();
      return null;
    } finally {
      setBusy(false);
    }
  };

  const help = async () => {
    await run(async () => {
      const result = await call(api.helpBargain, { params: { id: bargainId! } });
      setBargain(result.bargain);
      setHelped(result.cutFen);
    });
  };

  const buy = (addressId: string) => run(() => buyer.current(addressId));

  return { bargain, error, busy, message, helped, reload, help, buy };
}
