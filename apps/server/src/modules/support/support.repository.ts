import { Injectable } from '@nestjs/common';
import type { OrderStatus, SupportChannel, SupportFaq, SupportStatus } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrderFacts } from './auto-reply';
import type { ConversationRow, ConversationViewRow, FaqRow, MessageRow } from './support.rows';

const MESSAGE_COLUMNS = 'id, sender, text, client_msg_id, created_at';
const VIEW = `SELECT c.id, c.merchant_id, c.user_id, c.status, c.channel, c.last_text, c.last_message_at, c.unread_merchant, u.nickname
                FROM support_conversations c JOIN users u ON u.id = c.user_id`;

export interface NewMessage {
  sender: 'user' | 'bot' | 'agent';
  text: string;
  clientMsgId?: string;
  replyTo?: string;
  authorUserId?: string;
}

/** A conversation whose row this transaction holds locked: its messages and answers go in one order. */
export class ConversationTx {
  constructor(
    private readonly m: EntityManager,
    readonly conversation: ConversationRow,
  ) {}

  async byClientMsgId(clientMsgId: string): Promise<MessageRow | null> {
    const [row] = await this.m.query(`SELECT ${MESSAGE_COLUMNS} FROM support_messages WHERE conversation_id = $1 AND client_msg_id = $2`, [this.conversation.id, clientMsgId]);
    return row ?? null;
  }

  async repliesTo(messageId: string): Promise<MessageRow[]> {
    return this.m.query(`SELECT ${MESSAGE_COLUMNS} FROM support_messages WHERE reply_to = $1 ORDER BY id`, [messageId]);
  }

  /** Null when the client id is already taken in this conversation. */
  async insert(msg: NewMessage): Promise<MessageRow | null> {
    const [row] = await this.m.query(
      `INSERT INTO support_messages (conversation_id, sender, text, client_msg_id, reply_to, author_user_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (conversation_id, client_msg_id) DO NOTHING RETURNING ${MESSAGE_COLUMNS}`,
      [this.conversation.id, msg.sender, msg.text, msg.clientMsgId ?? null, msg.replyTo ?? null, msg.authorUserId ?? null],
    );
    return row ?? null;
  }

  /** The order only when this conversation's viewer placed it at this conversation's shop. */
  async ownOrder(no: string): Promise<OrderFacts | null> {
    const [row] = await this.m.query(`SELECT no, status, carrier, tracking_no FROM orders WHERE no = $1 AND user_id = $2 AND merchant_id = $3`, [
      no,
      this.conversation.user_id,
      this.conversation.merchant_id,
    ]);
    return row ? { no: row.no, status: row.status as OrderStatus, carrier: row.carrier, trackingNo: row.tracking_no } : null;
  }

  async faqs(): Promise<FaqRow[]> {
    return this.m.query(`SELECT keywords, answer FROM support_faqs WHERE merchant_id = $1 ORDER BY position`, [this.conversation.merchant_id]);
  }

  async record(change: { status: SupportStatus; channel?: SupportChannel; lastText: string; forMerchant: number; forUser: number }): Promise<void> {
    await this.m.query(
      `UPDATE support_conversations SET status = $2, channel = coalesce($3, channel), last_text = $4, last_message_at = now(),
              unread_merchant = unread_merchant + $5, unread_user = unread_user + $6 WHERE id = $1`,
      [this.conversation.id, change.status, change.channel ?? null, change.lastText, change.forMerchant, change.forUser],
    );
    this.conversation.status = change.status;
  }
}

/** Conversations, messages and FAQ rules; plus the few facts about shops, staff and users they need. */
@Injectable()
export class SupportRepository {
  constructor(private readonly db: DataSource) {}

  async merchantExists(merchantId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM merchants WHERE id = $1`, [merchantId]);
    return Boolean(row);
  }

  async ownedMerchant(userId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    return row?.id ?? null;
  }

  /** The shop the user answers for: `merchantId` if they own or assist it; unset: the shop they own, else the first they assist. */
  async servedMerchant(userId: string, merchantId?: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT id FROM (SELECT id, 0 AS rank, now() AS since FROM merchants WHERE owner_user_id = $1
                       UNION ALL SELECT merchant_id, 1, created_at FROM merchant_staff WHERE user_id = $1) s
        WHERE $2::uuid IS NULL OR id = $2::uuid ORDER BY rank, since LIMIT 1`,
      [userId, merchantId ?? null],
    );
    return row?.id ?? null;
  }

  /** Runs `work` holding the (merchant, user) conversation's row, making the conversation if it is the first message. */
  inConversation<T>(merchantId: string, userId: string, work: (tx: ConversationTx) => Promise<T>): Promise<T> {
    return this.db.transaction(async (m) => {
      // DO UPDATE (not DO NOTHING) so the row comes back locked whether it was made now or before.
      const [row] = await m.query(
        `INSERT INTO support_conversations (merchant_id, user_id) VALUES ($1, $2)
         ON CONFLICT (merchant_id, user_id) DO UPDATE SET merchant_id = EXCLUDED.merchant_id
         RETURNING id, merchant_id, user_id, status, channel`,
        [merchantId, userId],
      );
      return work(new ConversationTx(m, row));
    });
  }

  /** Runs `work` holding an existing conversation's row; null when there is no such conversation. */
  inConversationById<T>(conversationId: string, work: (tx: ConversationTx) => Promise<T>): Promise<T | null> {
    return this.db.transaction(async (m) => {
      const [row] = await m.query(`SELECT id, merchant_id, user_id, status, channel FROM support_conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
      return row ? work(new ConversationTx(m, row)) : null;
    });
  }

  async conversationOf(merchantId: string, userId: string): Promise<ConversationRow | null> {
    const [row] = await this.db.query(`SELECT id, merchant_id, user_id, status, channel FROM support_conversations WHERE merchant_id = $1 AND user_id = $2`, [merchantId, userId]);
    return row ?? null;
  }

  async view(conversationId: string): Promise<ConversationViewRow | null> {
    const [row] = await this.db.query(`${VIEW} WHERE c.id = $1`, [conversationId]);
    return row ?? null;
  }

  inbox(merchantId: string, status: SupportStatus | 'all', limit: number): Promise<ConversationViewRow[]> {
    return this.db.query(`${VIEW} WHERE c.merchant_id = $1 AND ($2 = 'all' OR c.status = $2) ORDER BY c.last_message_at DESC LIMIT $3`, [merchantId, status, limit]);
  }

  messagesAfter(conversationId: string, after: string | undefined, limit: number): Promise<MessageRow[]> {
    return this.db.query(`SELECT ${MESSAGE_COLUMNS} FROM support_messages WHERE conversation_id = $1 AND id > $2 ORDER BY id LIMIT $3`, [conversationId, after ?? '0', limit]);
  }

  /** Conditional, so a poll that finds nothing new writes nothing. */
  async markRead(conversationId: string, side: 'merchant' | 'user'): Promise<void> {
    const column = side === 'merchant' ? 'unread_merchant' : 'unread_user';
    await this.db.query(`UPDATE support_conversations SET ${column} = 0 WHERE id = $1 AND ${column} > 0`, [conversationId]);
  }

  async setStatus(conversationId: string, status: SupportStatus): Promise<void> {
    await this.db.query(`UPDATE support_conversations SET status = $2 WHERE id = $1`, [conversationId, status]);
  }

  faqs(merchantId: string): Promise<FaqRow[]> {
    return this.db.query(`SELECT keywords, answer FROM support_faqs WHERE merchant_id = $1 ORDER BY position`, [merchantId]);
  }

  /**
   * The whole list at once: a reader sees the old list or the new one, never a mix. Two saves at once
   * queue on the merchant's row; without that both deleted the old list and the second insert collided
   * with the first on (merchant_id, position): a 500.
   */
  async replaceFaqs(merchantId: string, faqs: SupportFaq[]): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM merchants WHERE id = $1 FOR UPDATE`, [merchantId]);
      await m.query(`DELETE FROM support_faqs WHERE merchant_id = $1`, [merchantId]);
      if (faqs.length === 0) return;
      await m.query(
        `INSERT INTO support_faqs (merchant_id, position, keywords, answer)
         SELECT $1, f.ord - 1, f.item->'keywords', f.item->>'answer' FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS f(item, ord)`,
        [merchantId, JSON.stringify(faqs)],
      );
    });
  }

  async userByOpenid(openid: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT id FROM users WHERE openid = $1`, [openid]);
    return row?.id ?? null;
  }

  async openidOf(userId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT openid FROM users WHERE id = $1`, [userId]);
    return row?.openid ?? null;
  }

  /** The viewer opened WeChat's customer service from this shop's page: their next WeChat messages go to it. */
  async enterWechat(merchantId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO support_conversations (merchant_id, user_id, channel, wechat_entered_at) VALUES ($1, $2, 'wechat', now())
       ON CONFLICT (merchant_id, user_id) DO UPDATE SET channel = 'wechat', wechat_entered_at = now()`,
      [merchantId, userId],
    );
  }

  async lastWechatMerchant(userId: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT merchant_id FROM support_conversations WHERE user_id = $1 AND wechat_entered_at IS NOT NULL ORDER BY wechat_entered_at DESC LIMIT 1`,
      [userId],
    );
    return row?.merchant_id ?? null;
  }
}
