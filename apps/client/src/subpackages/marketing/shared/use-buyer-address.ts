import { useCallback, useMemo, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { api, type Address } from '@livemall/shared';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { useAddressChoice } from '../../mall/stores/address-choice';

export interface BuyerAddress {
  /** null until loaded (or when signed out). */
  addresses: Address[] | null;
  address: Address | null;
  reload(): Promise<void>;
}

/**
 * Where an activity order ships: the address the buyer picked in the mall's address book, else the
 * default, else the first. Read again each time the page shows (the address book may have added one).
 */
export function useBuyerAddress(): BuyerAddress {
  const [addresses, setAddresses] = useState<Address[] | null>(null);
  const chosenId = useAddressChoice((s) => s.addressId);

  const reload = useCallback(async () => {
    const session = await whenSessionSettled();
    if (!session.accessToken) return;
    try {
      setAddresses((await call(api.addresses)).items);
    } catch {
      setAddresses((previous) => previous ?? []);
    }
  }, []);
  useDidShow(() => void reload());

  const address = useMemo(() => {
    if (!addresses?.length) return null;
    return addresses.find((a) => a.id === chosenId) ?? addresses.find((a) => a.isDefault) ?? addresses[0]!;
  }, [addresses, chosenId]);

  return { addresses, address, reload };
}
