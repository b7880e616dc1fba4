import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../api/api-error';

export interface Remote<T> {
  data: T | null;
  loading: boolean;
  /** The failure in words for a person, or null. */
  error: string | null;
  reload(): void;
}

/**
 * Loads `load()` whenever `key` changes (null: nothing to load). An answer that arrives after a newer
 * request started is dropped, so a fast range change never shows the older range's figures.
 */
export function useRemote<T>(key: string | null, load: () => Promise<T>): Remote<T> {
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: string | null }>({ data: null, loading: key !== null, error: null });
  const [round, setRound] = useState(0);
  // `load` is a fresh closure every render; `key` says when it asks something new.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, [key, round]);
  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, loading: false }));
      return undefined;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    run().then(
      (data) => current && setState({ data, loading: false, error: null }),
      (e: unknown) => current && setState((s) => ({ ...s, loading: false, error: errorText(e) })),
    );
    return () => {
      current = false;
    };
  }, [key, run]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}
