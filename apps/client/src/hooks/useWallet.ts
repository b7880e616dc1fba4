import { useCallback, useState } from 'react';
import { api, type WalletEntry } from '@livemall/shared';
import { call } from '@/services/request';
import { type PagedList, usePagedList } from './usePagedList';

export const WALLET_PAGE_SIZE = 10;

export interface WalletView extends PagedList<WalletEntry> {
  /** Null until the first page arrives. */
  balance: number | null;
}

/** My balance and its history, newest first, paged like any list. */
export function useWallet(): WalletView {
  const [balance, setBalance] = useState<number | null>(null);
  const fetchPage = useCallback(async (cursor: string | undefined) => {
    const wallet = await call(api.myWallet, { query: { limit: WALLET_PAGE_SIZE, cursor } });
    // Every page carries the balance; the latest answer is the truest one.
    setBalance(wallet.balance);
    return { items: wallet.entries, nextCursor: wallet.nextCursor };
  }, []);
  return { ...usePagedList(fetchPage), balance };
}
