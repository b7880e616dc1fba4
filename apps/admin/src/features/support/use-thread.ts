import { api, type SupportConversation, type SupportMessage } from '@livemall/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/call';
import { promoErrorText } from '../promotions/common/words';
import { SUPPORT_POLL_MS } from './poll';

export interface Thread {
  conversation: SupportConversation | null;
  messages: SupportMessage[];
  error: string | null;
  /** Ask now (after a reply) instead of waiting for the next poll. */
  refresh(): Promise<void>;
  /** A reply the server stored: shown at once, and the poll skips it by id. */
  add(m: SupportMessage): void;
}

/**
 * One conversation's messages, fetched from a cursor and polled every few seconds; each fetch marks the
 * conversation read for the shop. Messages are kept by id, so a poll and a reply's answer never show one twice.
 */
export function useThread(conversationId: string | null): Thread {
  const [conversation, setConversation] = useState<SupportConversation | null>(null);
  const [messages, setMessages] = useState<SupportMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const cursor = useRef<string | undefined>(undefined);
  const current = useRef(conversationId);
  const busy = useRef(false);

  const merge = useCallback((more: SupportMessage[]) => {
    if (!more.length) return;
    setMessages((old) => {
      const seen = new Set(old.map((m) => m.id));
      return [...old, ...more.filter((m) => !seen.has(m.id))].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    });
  }, []);

  const refresh = useCallback(async () => {
    const id = current.current;
    if (!id || busy.current) return;
    busy.current = true;
    try {
      // A long backlog comes in pages of 100; stop when a page is short.
      for (let page = 0; page < 20; page++) {
        const t = await call(api.supportThread, { params: { conversationId: id }, query: { after: cursor.current, limit: 100 } });
        if (current.current !== id) return;
        setConversation(t.conversation);
        merge(t.messages);
        if (t.cursor) cursor.current = t.cursor;
        if (t.messages.length < 100) break;
      }
      setError(null);
    } catch (e) {
      if (current.current === id) setError(promoErrorText(e));
    } finally {
      busy.current = false;
    }
  }, [merge]);

  useEffect(() => {
    current.current = conversationId;
    cursor.current = undefined;
    busy.current = false;
    setConversation(null);
    setMessages([]);
    setError(null);
    if (!conversationId) return;
    void refresh();
    const timer = setInterval(() => void refresh(), SUPPORT_POLL_MS);
    return () => clearInterval(timer);
  }, [conversationId, refresh]);

  return { conversation, messages, error, refresh, add: (m) => merge([m]) };
}
