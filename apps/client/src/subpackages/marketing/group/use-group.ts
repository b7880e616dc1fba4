import { api, type Group, type GroupShareCard } from '@livemall/shared';
import { call } from '@/services/request';
import { useLoaded } from '../shared/use-loaded';

export interface GroupState {
  group: Group | null;
  /** Title, picture and prices of the activity, as a share card shows them. */
  card: GroupShareCard | null;
  error: string | null;
  reload(): Promise<void>;
}

/** A group's page data: GET /groups/:id and GET /groups/:id/share (both public: a shared link works signed out). */
export function useGroup(groupId: string | null): GroupState {
  const loaded = useLoaded(
    groupId
      ? async () => {
          const [group, card] = await Promise.all([call(api.group, { params: { id: groupId } }), call(api.groupShareCard, { params: { id: groupId } })]);
          return { group, card };
        }
      : null,
    groupId ?? '',
  );
  return { group: loaded.data?.group ?? null, card: loaded.data?.card ?? null, error: loaded.error, reload: loaded.reload };
}
