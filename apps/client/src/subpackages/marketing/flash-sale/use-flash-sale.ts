import { useCallback, useRef, useState } from 'react';
import { api, type FlashSale, type FlashSaleToken, type Order } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';
import { useLoaded } from '../shared/use-loaded';

export interface FlashSaleState {
  sale: FlashSale | null;
  error: string | null;
  /** The pass to buy, fetched once the sale is live. */
  token: FlashSaleToken | null;
  buying: boolean;
  message: string | null;
  /** The server said I reached the per-buyer limit. */
  limitReached: boolean;
  order: Order | null;
  reload(): Promise<void>;
  /** Ask for a pass (the page calls it when the sale goes live). */
  fetchToken(): Promise<FlashSaleToken | null>;
  buy(addressId: string, quantity: number): Promise<Order | null>;
}

type Draft = { addressId: string; quantity: number; token: string };

/**
 * A flash sale: GET /flash-sales/:id, the buy pass (GET …/token, only while live) and the order
 * (POST …/orders with the pass and a retry-safe requestId). A lapsed pass is fetched again once.
 */
export function useFlashSale(saleId: string): FlashSaleState {
  const loaded = useLoaded(() => call(api.flashSale, { params: { id: saleId } }), saleId);
  const { reload } = loaded;
  const [token, setToken] = useState<FlashSaleToken | null>(null);
  const [buying, setBuying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [limitReached, setLimitReached] = useState(false);
  const [order, setOrder] = useState<Order | null>(null);
  const tokenRef = useRef<FlashSaleToken | null>(null);
  const submitter = useRef(
    createActivitySubmitter(
      (d: Draft, requestId) => call(api.flashSaleOrder, { params: { id: saleId }, body: { token: d.token, requestId, addressId: d.addressId, quantity: d.quantity } }),
      // The pass is not part of the attempt: a retry with a fresh pass is still the same order.
      (d) => `${d.addressId}|${d.quantity}`,
    ),
  );

  const fetchToken = useCallback(async () => {
    await whenSessionSettled();
    try {
      const fresh = await call(api.flashSaleToken, { params: { id: saleId } });
      tokenRef.current = fresh;
      setToken(fresh);
      return fresh;
    } catch (e) {
      setMessage(errorText(e));
      return null;
    }
  }, [saleId]);

  const validToken = async () => {
    const held = tokenRef.current;
    if (held && Date.parse(held.expiresAt) > Date.now() + 1000) return held;
    return fetchToken();
  };

  const buy = async (addressId: string, quantity: number): Promise<Order | null> => {
    if (order) return order;
    if (buying) return null;
    setBuying(true);
    setMessage(null);
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const pass = await validToken();
        if (!pass) return null;
        try {
          const result = await submitter.current({ addressId, quantity, token: pass.token });
          setOrder(result.order);
          loaded.set((s) => (s ? { ...s, unitsLeft: result.unitsLeft } : s));
          return result.order;
        } catch (e) {
          if (isApiError(e) && e.code === 'FLASH_SALE_TOKEN_INVALID' && attempt === 0) {
            tokenRef.current = null;
            continue;
          }
          if (isApiError(e) && e.code === 'FLASH_SALE_LIMIT_REACHED') setLimitReached(true);
          if (isApiError(e) && (e.code === 'FLASH_SALE_SOLD_OUT' || e.code === 'FLASH_SALE_ENDED')) void reload();
          setMessage(errorText(e));
          return null;
        }
      }
      return null;
    } finally {
      setBuying(false);
    }
  };

  return { sale: loaded.data, error: loaded.error, token, buying, message, limitReached, order, reload, fetchToken, buy };
}
