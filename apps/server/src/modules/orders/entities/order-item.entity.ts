import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { OrderEntity } from './order.entity';

/** A line of an order, with the title, spec and price as they were when it was bought. */
@Entity('order_items')
export class OrderItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'order_items_pkey' })
  id: string;

  @Index('order_items_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_items_order_id_fkey' })
  order?: OrderEntity;

  @Index('order_items_sku_id_idx')
  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'spec_text', type: 'varchar', length: 100 })
  specText: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintTransformer })
  priceFen: number;

  @Column({ type: 'int' })
  quantity: number;

  /** This line's part of the order's discount (满减 + coupon), split in fen so the lines sum to it exactly. */
  @Column({ name: 'discount_fen', type: 'bigint', default: 0, transformer: bigintTransformer })
  discountFen: number;

  /** Refunded so far (the money went back). */
  @Column({ name: 'refunded_quantity', type: 'int', default: 0 })
  refundedQuantity: number;
}
