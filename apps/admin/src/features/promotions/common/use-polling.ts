import { useCallback, useEffect, useRef, useState } from 'react';
import { promoErrorText } from './words';

export interface Polled<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

/**
 * Loads at once and again every `everyMs` while `active` (the tab is shown) and the browser tab is
 * visible, so live figures move without a reload and hidden tabs cost the server nothing. A slow answer
 * never overlaps the next poll. A new `key` (a filter) loads at once, and an answer for an older key is dropped.
 */
export function usePolling<T>(load: () => Promise<T>, everyMs: number, active = true, key = ''): Polled<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const busy = useRef<string | null>(null);
  const alive = useRef(true);
  const keyRef = useRef(key);
  keyRef.current = key;

  const reload = useCallback(async () => {
    if (busy.current === keyRef.current) return;
    const asked = keyRef.current;
    busy.current = asked;
    try {
      const next = await loadRef.current();
      if (alive.current && asked === keyRef.current) {
        setData(next);
        setError(null);
      }
    } catch (e) {
      if (alive.current && asked === keyRef.current) setError(promoErrorText(e));
    } finally {
      if (busy.current === asked) busy.current = null;
      if (alive.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!active) return;
    void reload();
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') void reload();
    }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, reload, key]);

  return { data, loading, error, reload };
}
