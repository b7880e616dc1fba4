import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { api, type Notification } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { allRead, markedRead, type InboxView } from './inbox-model';

export interface InboxState {
  view: InboxView | null;
  error: string | null;
  nextCursor: string | null;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  /** Mark it read (if unread) and return it; the page then follows its link. */
  open(item: Notification): Promise<void>;
  readAll(): Promise<void>;
}

/** The inbox: pages of notifications with the unread count, read on open, or all at once. */
export function useInbox(): InboxState {
  const [view, setView] = useState<InboxView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    setError(null);
    await whenSessionSettled();
    try {
      const page = await call(api.myNotifications, { query: { limit: 20 } });
      if (mine !== latest.current) return;
      setView({ items: page.items, unread: page.unreadCount });
      setNextCursor(page.nextCursor);
    } catch (e) {
      if (mine === latest.current) setError(errorText(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const loadMore = async () => {
    if (!nextCursor || !view) return;
    try {
      const page = await call(api.myNotifications, { query: { limit: 20, cursor: nextCursor } });
      setView((v) => (v ? { items: [...v.items, ...page.items], unread: page.unreadCount } : v));
      setNextCursor(page.nextCursor);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const open = async (item: Notification) => {
    if (item.readAt) return;
    try {
      const read = await call(api.readNotification, { params: { id: item.id } });
      setView((v) => (v ? markedRead(v, read) : v));
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' });
    }
  };

  const readAll = async () => {
    try {
      await call(api.readAllNotifications);
      setView((v) => (v ? allRead(v, new Date().toISOString()) : v));
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' });
    }
  };

  return { view, error, nextCursor, reload, loadMore, open, readAll };
}
