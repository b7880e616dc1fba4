import type { SendSupportMessageRequest, SendSupportMessageResult, SupportChannel, SupportMessagePage, SupportMessagesQuery, SupportQuickQuestions } from '@livemall/shared';
import { Injectable, Logger } from '@nestjs/common';
import { autoReply } from './auto-reply';
import { SupportDelivery } from './support-delivery';
import { supportErrors } from './support.errors';
import { type ConversationTx, SupportRepository } from './support.repository';
import { type MessageRow, toMessage } from './support.rows';

export interface Received {
  result: SendSupportMessageResult;
  /** False for a retry: nothing new was stored, and nothing must be sent again. */
  fresh: boolean;
}

/** The viewer's side: writing to a shop (the bot answers while it is in charge) and reading the answers. */
@Injectable()
export class SupportService {
  private readonly log = new Logger('Support');

  constructor(
    private readonly support: SupportRepository,
    private readonly delivery: SupportDelivery,
  ) {}

  async send(userId: string, merchantId: string, body: SendSupportMessageRequest): Promise<SendSupportMessageResult> {
    if (!(await this.support.merchantExists(merchantId))) throw supportErrors.merchantNotFound();
    return (await this.receive(userId, merchantId, 'app', body)).result;
  }

  /**
   * Stores a viewer message once per clientMsgId and, in bot mode, the bot's answers. The conversation row
   * is held for the whole step, so concurrent retries wait and then find the first result.
   */
  async receive(userId: string, merchantId: string, channel: SupportChannel, body: SendSupportMessageRequest): Promise<Received> {
    const received = await this.support.inConversation(merchantId, userId, async (tx) => {
      const mine = await tx.insert({ sender: 'user', text: body.text, clientMsgId: body.clientMsgId });
      if (!mine) return this.replay(tx, body);
      const replies: MessageRow[] = [];
      let status = tx.conversation.status === 'human' ? ('human' as const) : ('bot' as const);
      if (status === 'bot') {
        const answer = await autoReply(body.text, { ownOrder: (no) => tx.ownOrder(no), faqs: () => tx.faqs() });
        const row = await tx.insert({ sender: 'bot', text: answer.text, replyTo: mine.id });
        if (row) replies.push(row);
        if (answer.handOff) status = 'human';
      }
      await tx.record({ status, channel, lastText: replies.at(-1)?.text ?? mine.text, forMerchant: 1, forUser: replies.length });
      const result = { conversationId: tx.conversation.id, status, message: toMessage(mine), replies: replies.map(toMessage) };
      return { result, fresh: true };
    });
    if (received.fresh && channel === 'wechat') {
      void this.delivery.toWechat(userId, received.result.replies.map((r) => r.text)).catch((e) => this.log.warn(`delivery failed: ${String(e)}`));
    }
    return received;
  }

  /** A retry: the first message's result, unless the same id came with another text. */
  private async replay(tx: ConversationTx, body: SendSupportMessageRequest): Promise<Received> {
    const first = await tx.byClientMsgId(body.clientMsgId);
    if (!first || first.text !== body.text || first.sender !== 'user') throw supportErrors.clientMsgIdReused();
    const replies = await tx.repliesTo(first.id);
    const status = tx.conversation.status === 'human' ? 'human' : 'bot';
    return { result: { conversationId: tx.conversation.id, status, message: toMessage(first), replies: replies.map(toMessage) }, fresh: false };
  }

  async messages(userId: string, merchantId: string, query: SupportMessagesQuery): Promise<SupportMessagePage> {
    const conversation = await this.support.conversationOf(merchantId, userId);
    if (!conversation) return { conversationId: null, status: 'bot', messages: [], cursor: query.after ?? null };
    const rows = await this.support.messagesAfter(conversation.id, query.after, query.limit);
    if (rows.length) await this.support.markRead(conversation.id, 'user');
    return {
      conversationId: conversation.id,
      status: conversation.status === 'human' ? 'human' : 'bot',
      messages: rows.map(toMessage),
      cursor: rows.at(-1)?.id ? String(rows.at(-1)?.id) : (query.after ?? null),
    };
  }

  async quickQuestions(merchantId: string): Promise<SupportQuickQuestions> {
    const faqs = await this.support.faqs(merchantId);
    return { questions: faqs.map((f) => f.keywords[0]).filter((k): k is string => Boolean(k)) };
  }
}
