import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FlashSaleEntity } from './flash-sale.entity';

/**
 * How many units of a sale one buyer holds in live orders: raised by an order (only up to the sale's
 * per-user limit, in the same statement), lowered when one of their unpaid orders is cancelled.
 */
@Entity('flash_sale_buyers')
@Check('flash_sale_buyers_units_check', `"units" >= 0`)
export class FlashSaleBuyerEntity {
  @PrimaryColumn({ name: 'sale_id', type: 'uuid', primaryKeyConstraintName: 'flash_sale_buyers_pkey' })
  saleId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'flash_sale_buyers_pkey' })
  userId: string;

  @ManyToOne(() => FlashSaleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sale_id', foreignKeyConstraintName: 'flash_sale_buyers_sale_id_fkey' })
  sale?: FlashSaleEntity;

  @Column({ type: 'integer' })
  units: number;
}
