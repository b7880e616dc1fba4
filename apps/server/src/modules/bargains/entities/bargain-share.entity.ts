import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { BargainEntity } from './bargain.entity';

/** The cuts, split when the bargain starts: the helper with order `seq` cuts `amount`. They sum to original − floor. */
@Entity('bargain_shares')
@Check('bargain_shares_amount_check', `"amount" > 0`)
export class BargainShareEntity {
  @PrimaryColumn({ name: 'bargain_id', type: 'uuid', primaryKeyConstraintName: 'bargain_shares_pkey' })
  bargainId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'bargain_shares_pkey' })
  seq: number;

  @ManyToOne(() => BargainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bargain_id', foreignKeyConstraintName: 'bargain_shares_bargain_id_fkey' })
  bargain?: BargainEntity;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: number;
}
