import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type GroupBuyDetail, type GroupOrderResult } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { createActivitySubmitter } from '../shared/activity-submitter';

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
  const [detail, setDetail] = useState<GroupBuyDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const orderer = useRef(createGroupOrderer(activityId));

  const reload = useCallback(async () => {
    try {
      setDetail(await call(api.groupBuy, { params: { id: activityId } }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [activityId]);
  useEffect(() => void reload(), [reload]);

  const order = async (draft: GroupDraft) => {
    if (busy) return null;
    setBusy(true);
    setMessage(null);
    try {
      return await orderer.current(draft);
    } catch (e) {
      setMessage(errorText(e));
      void reload();
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { detail, error, busy, message, reload, order };
}
