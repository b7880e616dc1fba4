import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsEntity } from './goods.entity';

/**
 * Append-only log of changes to a goods' listed (lowest) price. A price-sorted scroll remembers the last
 * id it had seen, and orders goods changed since by their price before the change, so an edit mid-scroll
 * can neither show a goods twice nor hide it. Writers take a lock before inserting, so ids commit in order
 * and any snapshot sees a prefix of the log.
 */
@Entity('goods_price_changes')
@Index('goods_price_changes_goods_id_idx', ['goodsId', 'id'])
export class GoodsPriceChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'goods_price_changes_pkey' })
  id: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'goods_price_changes_goods_id_fkey' })
  goods?: GoodsEntity;

  @Column({ name: 'price_before_fen', type: 'bigint', transformer: bigintTransformer })
  priceBeforeFen: number;

  @Column({ name: 'price_after_fen', type: 'bigint', transformer: bigintTransformer })
  priceAfterFen: number;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
