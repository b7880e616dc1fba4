import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '@/services/error-text';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload(): Promise<void>;
  /** Replace the data with a fresher answer (a help or an order result); an older load then loses. */
  set(next: T | ((previous: T | null) => T | null)): void;
}

/** One resource loaded on mount and on `reload`; the latest load wins. `load` null: nothing to load. */
export function useLoaded<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const run = loadRef.current;
    if (!run) return;
    const mine = ++latest.current;
    try {
      const fresh = await run();
      if (mine !== latest.current) return;
      setData(fresh);
      setError(null);
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
    }
  }, [key]);
  useEffect(() => void reload(), [reload]);

  const set = useCallback((next: T | ((previous: T | null) => T | null)) => {
    latest.current++;
    setData(next as T);
  }, []);

  return { data, error, reload, set };
}
