import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '@/services/error-text';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ListStatus = 'loading' | 'ready' | 'error';

export interface PagedList<T> {
  items: T[];
  status: ListStatus;
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

/** State of a cursor-paged list: the first page on mount, more on demand, and a retry after an error. */
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<ListStatus>('loading');
  const [error, setError] = useState<string | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // A reload that starts while an older request is in flight must win over it.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setStatus('loading');
    setError(null);
    try {
      const page = await fetchPage(undefined);
      if (mine !== generation.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
      setStatus('ready');
    } catch (e) {
      if (mine !== generation.current) return;
      setError(errorText(e));
      setStatus('error');
    }
  }, [fetchPage]);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await fetchPage(cursor);
      if (mine !== generation.current) return;
      setItems((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore, fetchPage]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, status, error, hasMore: cursor !== null, loadingMore, reload, loadMore };
}
