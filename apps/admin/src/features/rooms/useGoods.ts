import { useEffect, useState } from 'react';
import type { GoodsSummary } from '@livemall/shared';
import type { ConsoleStaff } from '../../auth/session';
import { roomErrorText } from './room-errors';
import { loadPushableGoods } from './rooms-source';

/** The shop's pushable goods, searched by title, for the push and schedule pickers. */
export function useGoods(staff: ConsoleStaff, merchantId: string, keyword: string) {
  const [goods, setGoods] = useState<GoodsSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      loadPushableGoods(staff, merchantId, keyword)
        .then((g) => live && (setGoods(g), setError(null)))
        .catch((e) => live && setError(roomErrorText(e)))
        .finally(() => live && setLoading(false));
    }, keyword ? 300 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [staff, merchantId, keyword]);
  return { goods, loading, error };
}
