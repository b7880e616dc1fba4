import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../api/api-error';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read a page at a time by cursor: the first page on mount, `load()` to start over, `load(next)` for
 * more. `fetchPage` must be stable (module-level or useCallback): a new one reloads the list. `describe`
 * words a failure for the page (a feature with its own error wording passes its own).
 */
export function useCursorPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, describe: (e: unknown) => string = errorText) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (cursor?: string) => {
      setLoading(true);
      setError(null);
      try {
        const page = await fetchPage(cursor);
        setItems((known) => (cursor ? [...known, ...page.items] : page.items));
        setNext(page.nextCursor);
      } catch (e) {
        setError(describe(e));
      } finally {
        setLoading(false);
      }
    },
    [fetchPage, describe],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return { items, setItems, next, setNext, loading, setLoading, error, setError, load };
}
