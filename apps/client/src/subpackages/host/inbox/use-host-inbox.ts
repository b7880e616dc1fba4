import { useCallback, useEffect, useState } from 'react';
import { api, type SupportConversation, type SupportMessage } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { mergeMessages, newClientMsgId } from '@/utils/support-messages';

export interface HostInbox {
  items: SupportConversation[];
  open: SupportConversation | null;
  messages: SupportMessage[];
  error: string | null;
  loaded: boolean;
  select(c: SupportConversation | null): Promise<void>;
  reply(text: string): Promise<boolean>;
  returnToBot(): Promise<void>;
}

/** The shop's conversations waiting for a person, refreshed every `pollMs` while `active`; one opened at a time. */
export function useHostInbox(active: boolean, pollMs = 5000): HostInbox {
  const [items, setItems] = useState<SupportConversation[]>([]);
  const [open, setOpen] = useState<SupportConversation | null>(null);
  const [messages, setMessages] = useState<SupportMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setItems((await call(api.supportInbox, { query: { status: 'human' } })).items);
      setLoaded(true);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  const readThread = useCallback(async (c: SupportConversation) => {
    const t = await call(api.supportThread, { params: { conversationId: c.id }, query: { limit: 100 } });
    setOpen(t.conversation);
    setMessages((current) => mergeMessages(current, t.messages));
  }, []);

  useEffect(() => {
    void whenSessionSettled().then(refresh);
  }, [refresh]);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => {
      void refresh();
      if (open) void readThread(open).catch(() => undefined);
    }, pollMs);
    return () => clearInterval(timer);
  }, [active, open, pollMs, readThread, refresh]);

  const select = async (c: SupportConversation | null) => {
    setMessages([]);
    setOpen(c);
    if (c) await readThread(c).catch((e) => setError(errorText(e)));
  };

  const reply = async (text: string): Promise<boolean> => {
    if (!open || !text.trim()) return false;
    try {
      const m = await call(api.supportAgentReply, { params: { conversationId: open.id }, body: { clientMsgId: newClientMsgId(), text: text.trim() } });
      setMessages((current) => mergeMessages(current, [m]));
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  const returnToBot = async () => {
    if (!open) return;
    try {
      await call(api.supportReturnToBot, { params: { conversationId: open.id } });
      setOpen(null);
      setMessages([]);
      await refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return { items, open, messages, error, loaded, select, reply, returnToBot };
}
