import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One viewer's conversation with one shop (the unique key makes it one). Its row is also the lock that
 * puts the messages of a conversation, and the bot's answers to them, in one order.
 */
@Entity('support_conversations')
@Index('support_conversations_merchant_user_key', ['merchantId', 'userId'], { unique: true })
@Index('support_conversations_inbox_idx', ['merchantId', 'status', 'lastMessageAt'])
@Check('support_conversations_status_check', `"status" IN ('bot', 'human')`)
@Check('support_conversations_channel_check', `"channel" IN ('app', 'wechat')`)
export class SupportConversationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'support_conversations_pkey' })
  id: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'support_conversations_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'support_conversations_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 8, default: 'bot' })
  status: string;

  /** Where the viewer wrote last: the shop's answers are also sent there. */
  @Column({ type: 'varchar', length: 8, default: 'app' })
  channel: string;

  @Column({ name: 'last_text', type: 'varchar', length: 1000, default: '' })
  lastText: string;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;

  /** Viewer messages the shop has not read. */
  @Column({ name: 'unread_merchant', type: 'integer', default: 0 })
  unreadMerchant: number;

  /** Bot and agent messages the viewer has not fetched. */
  @Column({ name: 'unread_user', type: 'integer', default: 0 })
  unreadUser: number;

  /** When the viewer last opened WeChat's customer-service session for this shop (routes WeChat pushes). */
  @Column({ name: 'wechat_entered_at', type: 'timestamptz', nullable: true })
  wechatEnteredAt: Date | null;
}
