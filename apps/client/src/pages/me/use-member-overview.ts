import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type MemberCard, type PointsSummary } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface MemberOverview {
  card: MemberCard | null;
  points: PointsSummary | null;
  unread: number;
  error: string | null;
  reload(): Promise<void>;
}

/**
 * The Me tab's member figures: the card, the points summary and the inbox's unread count. Each is loaded on
 * its own, so one failing leaves the others shown.
 */
export function useMemberOverview(): MemberOverview {
  const [card, setCard] = useState<MemberCard | null>(null);
  const [points, setPoints] = useState<PointsSummary | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    const fail = (e: unknown) => {
      if (mine === latest.current) setError(errorText(e));
    };
    setError(null);
    await Promise.all([
      call(api.myMemberCard).then((c) => mine === latest.current && setCard(c), fail),
      call(api.myPointsSummary).then((p) => mine === latest.current && setPoints(p), fail),
      call(api.myNotifications, { query: { limit: 1 } }).then((n) => mine === latest.current && setUnread(n.unreadCount), fail),
    ]);
  }, []);
  useEffect(() => void reload(), [reload]);

  return { card, points, unread, error, reload };
}
