import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type CheckinResult, type PointsHistoryEntry, type PointsSummary } from '@livemall/shared';
import { usePagedList, type PagedList } from '@/hooks/usePagedList';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

export interface PointsState {
  summary: PointsSummary | null;
  error: string | null;
  history: PagedList<PointsHistoryEntry>;
  /** The answer of today's check-in, once tapped. */
  checkin: CheckinResult | null;
  checkingIn: boolean;
  checkinError: string | null;
  checkIn(): Promise<void>;
  reload(): Promise<void>;
}

/** The points page: the summary, the history and checking in (which then reloads both). */
export function usePoints(): PointsState {
  const [summary, setSummary] = useState<PointsSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checkin, setCheckin] = useState<CheckinResult | null>(null);
  const [checkingIn, setCheckingIn] = useState(false);
  const [checkinError, setCheckinError] = useState<string | null>(null);
  const latest = useRef(0);
  const fetchHistory = useCallback(async (cursor: string | undefined) => {
    await whenSessionSettled();
    return call(api.myPointsHistory, { query: { limit: 20, cursor } });
  }, []);
  const history = usePagedList(fetchHistory);

  const loadSummary = useCallback(async () => {
    const mine = ++latest.current;
    await whenSessionSettled();
    try {
      const fresh = await call(api.myPointsSummary);
      if (mine !== latest.current) return;
      setSummary(fresh);
      setError(null);
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
    }
  }, []);
  useEffect(() => void loadSummary(), [loadSummary]);

  const reload = async () => {
    await Promise.all([loadSummary(), history.reload()]);
  };

  const checkIn = async () => {
    if (checkingIn) return;
    setCheckingIn(true);
    setCheckinError(null);
    try {
      setCheckin(await call(api.checkin));
      await reload();
    } catch (e) {
      setCheckinError(errorText(e));
    } finally {
      setCheckingIn(false);
    }
  };

  return { summary, error, history, checkin, checkingIn, checkinError, checkIn, reload };
}
