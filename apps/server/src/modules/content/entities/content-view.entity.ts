import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { ContentEntity } from './content.entity';

/** A viewer opened a content on a day (China time): the key makes a view count once per viewer per day. */
@Entity('content_views')
export class ContentViewEntity {
  @PrimaryColumn({ name: 'content_id', type: 'uuid', primaryKeyConstraintName: 'content_views_pkey' })
  contentId: string;

  @ManyToOne(() => ContentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_id', foreignKeyConstraintName: 'content_views_content_id_fkey' })
  content?: ContentEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'content_views_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'content_views_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'content_views_pkey' })
  day: string;
}
