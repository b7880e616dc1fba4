import type { SupportAgentReplyRequest, SupportConversation, SupportFaqList, SupportInbox, SupportInboxQuery, SupportMessage, SupportMessagesQuery, SupportThread } from '@livemall/shared';
import { Injectable, Logger } from '@nestjs/common';
import { SupportDelivery } from './support-delivery';
import { supportErrors } from './support.errors';
import { SupportRepository } from './support.repository';
import { type ConversationViewRow, toConversation, toFaq, toMessage } from './support.rows';

/** The shop's side: the owner and the shop's assistants answer; only the owner edits the FAQ. */
@Injectable()
export class MerchantSupportService {
  private readonly log = new Logger('Support');

  constructor(
    private readonly support: SupportRepository,
    private readonly delivery: SupportDelivery,
  ) {}

  private async served(userId: string, merchantId?: string): Promise<string> {
    const served = await this.support.servedMerchant(userId, merchantId);
    if (!served) throw supportErrors.notAMerchant();
    return served;
  }

  /** The conversation, if the caller answers for its shop. */
  private async own(userId: string, conversationId: string): Promise<ConversationViewRow> {
    const c = await this.support.view(conversationId);
    if (!c || !(await this.support.servedMerchant(userId, c.merchant_id))) throw supportErrors.conversationNotFound();
    return c;
  }

  async inbox(userId: string, query: SupportInboxQuery): Promise<SupportInbox> {
    const merchantId = await this.served(userId, query.merchantId);
    return { items: (await this.support.inbox(merchantId, query.status, query.limit)).map(toConversation) };
  }

  async thread(userId: string, conversationId: string, query: SupportMessagesQuery): Promise<SupportThread> {
    const c = await this.own(userId, conversationId);
    const rows = await this.support.messagesAfter(c.id, query.after, query.limit);
    await this.support.markRead(c.id, 'merchant');
    return { conversation: toConversation({ ...c, unread_merchant: 0 }), messages: rows.map(toMessage), cursor: rows.at(-1)?.id ? String(rows.at(-1)?.id) : (query.after ?? null) };
  }

  /** An agent's answer keeps the conversation with a person (the bot stays quiet until handed back). */
  async reply(userId: string, conversationId: string, body: SupportAgentReplyRequest): Promise<SupportMessage> {
    const c = await this.own(userId, conversationId);
    // Agents' ids live apart from the viewer's, so neither side can collide with the other's retries.
    const clientMsgId = `agent:${body.clientMsgId}`;
    const outcome = await this.support.inConversationById(c.id, async (tx) => {
      const row = await tx.insert({ sender: 'agent', text: body.text, clientMsgId, authorUserId: userId });
      if (row) {
        await tx.record({ status: 'human', lastText: row.text, forMerchant: 0, forUser: 1 });
        return { row, fresh: true, channel: tx.conversation.channel };
      }
      const first = await tx.byClientMsgId(clientMsgId);
      if (!first || first.text !== body.text) throw supportErrors.clientMsgIdReused();
      return { row: first, fresh: false, channel: tx.conversation.channel };
    });
    if (!outcome) throw supportErrors.conversationNotFound();
    if (outcome.fresh && outcome.channel === 'wechat') {
      void this.delivery.toWechat(c.user_id, [outcome.row.text]).catch((e) => this.log.warn(`delivery failed: ${String(e)}`));
    }
    return toMessage(outcome.row);
  }

  async returnToBot(userId: string, conversationId: string): Promise<SupportConversation> {
    const c = await this.own(userId, conversationId);
    await this.support.setStatus(c.id, 'bot');
    return toConversation({ ...c, status: 'bot' });
  }

  async faqs(userId: string, merchantId?: string): Promise<SupportFaqList> {
    return { faqs: (await this.support.faqs(await this.served(userId, merchantId))).map(toFaq) };
  }

  async replaceFaqs(userId: string, body: SupportFaqList): Promise<SupportFaqList> {
    const merchantId = await this.support.ownedMerchant(userId);
    if (!merchantId) throw supportErrors.notAMerchant();
    await this.support.replaceFaqs(merchantId, body.faqs);
    return { faqs: (await this.support.faqs(merchantId)).map(toFaq) };
  }
}
