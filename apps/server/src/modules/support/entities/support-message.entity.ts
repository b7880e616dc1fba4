import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportConversationEntity } from './support-conversation.entity';

/**
 * One line of a conversation. The id orders the conversation (and is the viewers' poll cursor). A viewer
 * or agent message carries the sender's `client_msg_id` (unique per conversation: a retry finds it);
 * the bot's answers point at the message they answer (`reply_to`), so a retry gets the same answers back.
 */
@Entity('support_messages')
@Index('support_messages_client_msg_key', ['conversationId', 'clientMsgId'], { unique: true })
@Index('support_messages_conversation_idx', ['conversationId', 'id'])
@Check('support_messages_sender_check', `"sender" IN ('user', 'bot', 'agent')`)
export class SupportMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'support_messages_pkey' })
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => SupportConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id', foreignKeyConstraintName: 'support_messages_conversation_id_fkey' })
  conversation?: SupportConversationEntity;

  @Column({ type: 'varchar', length: 8 })
  sender: string;

  /** The agent who wrote it (an owner or an assistant); null for the viewer and the bot. */
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @Column({ name: 'client_msg_id', type: 'varchar', length: 64, nullable: true })
  clientMsgId: string | null;

  @Column({ name: 'reply_to', type: 'bigint', nullable: true })
  replyTo: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
