import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { GoodsEntity } from '../../mall/entities/goods.entity';

/** A goods a user favourited: one row per user and goods, so favouriting twice is a no-op. */
@Entity('favourite_goods')
@Index('favourite_goods_user_created_idx', ['userId', 'createdAt'])
export class FavouriteGoodsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'favourite_goods_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'favourite_goods_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'goods_id', type: 'uuid', primaryKeyConstraintName: 'favourite_goods_pkey' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'favourite_goods_goods_id_fkey' })
  goods?: GoodsEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
