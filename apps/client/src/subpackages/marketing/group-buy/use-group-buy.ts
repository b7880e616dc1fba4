import { useRef } from 'react';
import { api, type GroupBuyDetail, type GroupOrderResult } from '@livemall/shared';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';
import { useAction } from '../shared/use-action';
import { useLoaded } from '../shared/use-loaded';

/** 开团 (no group) or 参团 (a group id), shipping to an address. */
export type GroupDraft = { groupId: string | null; addressId: string };

/** Starting or joining a group, each attempt with a requestId that survives a retry. */
export function createGroupOrderer(activityId: string) {
  return createActivitySubmitter(
    async (d: GroupDraft, requestId): Promise<GroupOrderResult> => {
      await whenSessionSettled();
      const body = { requestId, addressId: d.addressId };
      return d.groupId ? call(api.joinGroup, { params: { id: d.groupId }, body }) : call(api.startGroup, { params: { id: activityId }, body });
    },
    (d) => `${d.groupId ?? 'new'}|${d.addressId}`,
  );
}

export interface GroupBuyState {
  detail: GroupBuyDetail | null;
  error: string | null;
  busy: boolean;
  message: string | null;
  reload(): Promise<void>;
  /** 开团 (groupId null) or 参团; the result holds the order to pay. */
  order(draft: GroupDraft): Promise<GroupOrderResult | null>;
}

/** GET /group-buys/:id (the activity and its open groups), and 开团/参团. */
export function useGroupBuy(activityId: string): GroupBuyState {
  const loaded = useLoaded(() => call(api.groupBuy, { params: { id: activityId } }), activityId);
  const orderer = useRef(createGroupOrderer(activityId));
  const action = useAction(() => void loaded.reload());
  const order = (draft: GroupDraft) => action.run(() => orderer.current(draft));

  return { detail: loaded.data, error: loaded.error, busy: action.busy, message: action.message, reload: loaded.reload, order };
}
