import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type Order } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface OrderState {
  order: Order | null;
  error: string | null;
  reload(): Promise<Order | null>;
  set(order: Order): void;
}

export function useOrder(orderId: string | null): OrderState {
  const [order, setOrder] = useState<Order | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!orderId) return null;
    const mine = ++latest.current;
    try {
      const fresh = await call(api.order, { params: { id: orderId } });
      if (mine === latest.current) {
        setOrder(fresh);
        setError(null);
      }
      return fresh;
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
      return null;
    }
  }, [orderId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const set = useCallback((next: Order) => {
    latest.current++;
    setOrder(next);
  }, []);

  return { order, error, reload, set };
}

export { useNow } from '@/hooks/useNow';
