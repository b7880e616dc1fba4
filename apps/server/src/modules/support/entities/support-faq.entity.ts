import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/** One FAQ rule of a shop; rules are tried by position, and the list is replaced as a whole. */
@Entity('support_faqs')
export class SupportFaqEntity {
  @PrimaryColumn({ name: 'merchant_id', type: 'uuid', primaryKeyConstraintName: 'support_faqs_pkey' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'support_faqs_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'support_faqs_pkey' })
  position: number;

  @Column({ type: 'jsonb' })
  keywords: string[];

  @Column({ type: 'varchar', length: 500 })
  answer: string;
}
