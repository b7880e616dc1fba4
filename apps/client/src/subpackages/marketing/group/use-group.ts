import { useCallback, useEffect, useState } from 'react';
import { api, type Group, type GroupShareCard } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface GroupState {
  group: Group | null;
  /** Title, picture and prices of the activity, as a share card shows them. */
  card: GroupShareCard | null;
  error: string | null;
  reload(): Promise<void>;
}

/** A group's page data: GET /groups/:id and GET /groups/:id/share (both public: a shared link works signed out). */
export function useGroup(groupId: string | null): GroupState {
  const [group, setGroup] = useState<Group | null>(null);
  const [card, setCard] = useState<GroupShareCard | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!groupId) return;
    try {
      const [g, c] = await Promise.all([call(api.group, { params: { id: groupId } }), call(api.groupShareCard, { params: { id: groupId } })]);
      setGroup(g);
      setCard(c);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [groupId]);
  useEffect(() => void reload(), [reload]);

  return { group, card, error, reload };
}
