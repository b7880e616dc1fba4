import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's check-in on one China day: the key makes it once a day; `streak` counts back through yesterday's. */
@Entity('point_checkins')
export class PointCheckinEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'point_checkins_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'point_checkins_pkey' })
  day: string;

  @Column({ type: 'integer' })
  streak: number;

  @Column({ type: 'integer' })
  points: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
