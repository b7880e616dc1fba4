import { useRef, useState } from 'react';
import { api, type Bargain, type Order } from '@livemall/shared';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';
import { useAction } from '../shared/use-action';
import { useLoaded } from '../shared/use-loaded';

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
  const loaded = useLoaded(
    bargainId
      ? async () => {
          // Signed in or not changes `mine` and `myCutFen`: wait for the launch login.
          await whenSessionSettled();
          return call(api.bargain, { params: { id: bargainId } });
        }
      : null,
    bargainId ?? '',
  );
  const [helped, setHelped] = useState<number | null>(null);
  const buyer = useRef(
    createActivitySubmitter(
      (addressId: string, requestId) => call(api.buyBargain, { params: { id: bargainId ?? '' }, body: { requestId, addressId } }),
      (addressId) => addressId,
    ),
  );

  const action = useAction(() => void loaded.reload());
  const run = <T>(act: () => Promise<T>) => (bargainId ? action.run(act) : Promise.resolve(null));

  const help = async () => {
    await run(async () => {
      const result = await call(api.helpBargain, { params: { id: bargainId! } });
      loaded.set(result.bargain);
      setHelped(result.cutFen);
    });
  };

  const buy = (addressId: string) => run(() => buyer.current(addressId));

  return { bargain: loaded.data, error: loaded.error, busy: action.busy, message: action.message, helped, reload: loaded.reload, help, buy };
}
