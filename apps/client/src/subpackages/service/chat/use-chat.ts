import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type SupportMessage, type SupportStatus } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { cursorOf, mergeMessages, newClientMsgId, type PendingMessage } from '@/utils/support-messages';

export interface ChatState {
  messages: SupportMessage[];
  pending: PendingMessage[];
  status: SupportStatus;
  quick: string[];
  error: string | null;
  loaded: boolean;
  send(text: string): Promise<void>;
  retry(p: PendingMessage): Promise<void>;
}

/**
 * My conversation with a shop: loaded once, then polled every `pollMs` while `active` (the page is
 * shown). A send keeps its clientMsgId, so a retry after a lost answer cannot post the message twice.
 */
export function useChat(merchantId: string, active: boolean, pollMs = 3000): ChatState {
  const [messages, setMessages] = useState<SupportMessage[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [status, setStatus] = useState<SupportStatus>('bot');
  const [quick, setQuick] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const cursor = useRef<string | null>(null);
  const polling = useRef(false);

  const take = useCallback((incoming: SupportMessage[], nextStatus?: SupportStatus) => {
    setMessages((current) => {
      const merged = mergeMessages(current, incoming);
      cursor.current = cursorOf(merged, cursor.current);
      return merged;
    });
    if (nextStatus) setStatus(nextStatus);
  }, []);

  const poll = useCallback(async () => {
    if (polling.current) return;
    polling.current = true;
    try {
      const page = await call(api.mySupportMessages, { params: { merchantId }, query: { limit: 100, ...(cursor.current ? { after: cursor.current } : {}) } });
      take(page.messages, page.status);
      setError(null);
      setLoaded(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      polling.current = false;
    }
  }, [merchantId, take]);

  useEffect(() => {
    void (async () => {
      await whenSessionSettled();
      await poll();
    })();
    void call(api.supportQuickQuestions, { params: { merchantId } })
      .then((r) => setQuick(r.questions))
      .catch(() => undefined);
  }, [merchantId, poll]);

  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => void poll(), pollMs);
    return () => clearInterval(timer);
  }, [active, poll, pollMs]);

  const deliver = useCallback(
    async (p: PendingMessage) => {
      setPending((list) => [...list.filter((x) => x.clientMsgId !== p.clientMsgId), { ...p, failed: false }]);
      try {
        const r = await call(api.sendSupportMessage, { params: { merchantId }, body: { clientMsgId: p.clientMsgId, text: p.text } });
        take([r.message, ...r.replies], r.status);
        setPending((list) => list.filter((x) => x.clientMsgId !== p.clientMsgId));
      } catch (e) {
        setError(errorText(e));
        setPending((list) => list.map((x) => (x.clientMsgId === p.clientMsgId ? { ...x, failed: true } : x)));
      }
    },
    [merchantId, take],
  );

  const send = useCallback(async (text: string) => {
    const trimmed = text.trim();
    if (trimmed) await deliver({ clientMsgId: newClientMsgId(), text: trimmed.slice(0, 1000), failed: false });
  }, [deliver]);

  return { messages, pending, status, quick, error, loaded, send, retry: deliver };
}
