import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { GoodsEntity } from '../../mall/entities/goods.entity';

/** The browsing history: one row per user and goods, its time moved on each visit; trimmed to the newest 100. */
@Entity('goods_views')
@Index('goods_views_user_viewed_idx', ['userId', 'viewedAt'])
export class GoodsViewEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'goods_views_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'goods_views_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'goods_id', type: 'uuid', primaryKeyConstraintName: 'goods_views_pkey' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'goods_views_goods_id_fkey' })
  goods?: GoodsEntity;

  @CreateDateColumn({ name: 'viewed_at', type: 'timestamptz' })
  viewedAt: Date;
}
