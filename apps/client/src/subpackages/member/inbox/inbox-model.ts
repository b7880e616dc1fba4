import type { Notification } from '@livemall/shared';

export interface InboxView {
  items: Notification[];
  unread: number;
}

/** One item read (the server's answer replaces it); the count drops only if it was unread here. */
export function markedRead(view: InboxView, read: Notification): InboxView {
  const before = view.items.find((n) => n.id === read.id);
  const wasUnread = Boolean(before && before.readAt === null && read.readAt !== null);
  return {
    items: view.items.map((n) => (n.id === read.id ? read : n)),
    unread: wasUnread ? Math.max(0, view.unread - 1) : view.unread,
  };
}

/** Everything read as of `at`. */
export function allRead(view: InboxView, at: string): InboxView {
  return { items: view.items.map((n) => (n.readAt ? n : { ...n, readAt: at })), unread: 0 };
}

/** A notification's link as a page URL: the server writes it without the leading slash. */
export function linkUrl(link: string | null): string | null {
  if (!link) return null;
  return link.startsWith('/') ? link : `/${link}`;
}
