import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GoodsEntity } from '../../mall/entities/goods.entity';
import { ContentEntity } from './content.entity';

/** A goods a content links, at its place in the merchant's order; the goods page reads it by goods. */
@Entity('content_goods')
@Index('content_goods_goods_id_idx', ['goodsId'])
export class ContentGoodsEntity {
  @PrimaryColumn({ name: 'content_id', type: 'uuid', primaryKeyConstraintName: 'content_goods_pkey' })
  contentId: string;

  @ManyToOne(() => ContentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_id', foreignKeyConstraintName: 'content_goods_content_id_fkey' })
  content?: ContentEntity;

  @PrimaryColumn({ name: 'goods_id', type: 'uuid', primaryKeyConstraintName: 'content_goods_pkey' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'content_goods_goods_id_fkey' })
  goods?: GoodsEntity;

  @Column({ type: 'smallint' })
  position: number;
}
