import type { SupportConversation, SupportFaq, SupportMessage, SupportSender, SupportStatus } from '@livemall/shared';

export type MessageRow = { id: string; sender: string; text: string; client_msg_id: string | null; created_at: Date };
export type ConversationRow = { id: string; merchant_id: string; user_id: string; status: string; channel: string };
export type ConversationViewRow = ConversationRow & { nickname: string; last_text: string; last_message_at: Date; unread_merchant: number };
export type FaqRow = { keywords: string[]; answer: string };

export const toMessage = (r: MessageRow): SupportMessage => ({
  id: String(r.id),
  sender: r.sender as SupportSender,
  text: r.text,
  createdAt: new Date(r.created_at).toISOString(),
});

export const toConversation = (r: ConversationViewRow): SupportConversation => ({
  id: r.id,
  merchantId: r.merchant_id,
  userId: r.user_id,
  userNickname: r.nickname,
  status: r.status as SupportStatus,
  channel: r.channel === 'wechat' ? 'wechat' : 'app',
  lastText: r.last_text,
  lastMessageAt: new Date(r.last_message_at).toISOString(),
  unread: r.unread_merchant,
});

export const toFaq = (r: FaqRow): SupportFaq => ({ keywords: r.keywords, answer: r.answer });
