import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PointsRules } from '@livemall/shared';

/** The platform's points rules: one row (id 1), the shared zod schema's shape; absent means the defaults. */
@Entity('points_rules')
@Check('points_rules_single_row_check', `"id" = 1`)
export class PointsRulesEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'points_rules_pkey' })
  id: number;

  @Column({ type: 'jsonb' })
  rules: PointsRules;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
