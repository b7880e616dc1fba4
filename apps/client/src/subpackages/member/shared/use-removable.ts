import { useState } from 'react';
import Taro from '@tarojs/taro';
import { errorText } from '@/services/error-text';

export interface Removable {
  /** Ids removed on this page (hidden from the list without reloading it). */
  removed: ReadonlySet<string>;
  busy: string | null;
  remove(id: string): Promise<void>;
}

/** Unfavourite / unfollow from a list: one at a time, the row disappears once the server agreed. */
export function useRemovable(removeOnServer: (id: string) => Promise<unknown>): Removable {
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const remove = async (id: string) => {
    if (busy) return;
    setBusy(id);
    try {
      await removeOnServer(id);
      setRemoved((r) => new Set([...r, id]));
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };
  return { removed, busy, remove };
}
