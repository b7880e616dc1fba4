import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Points a user earned from shares on one China day: locked and raised only up to the day's cap. */
@Entity('point_share_days')
@Check('point_share_days_points_check', `"points" >= 0 AND "shares" >= 0`)
export class PointShareDayEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'point_share_days_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'point_share_days_pkey' })
  day: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** Every share recorded that day, rewarded or not (it numbers the ledger keys). */
  @Column({ type: 'integer', default: 0 })
  shares: number;
}
