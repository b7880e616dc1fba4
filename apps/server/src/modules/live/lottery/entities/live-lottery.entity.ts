import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LiveRoomEntity } from '../../entities/live-room.entity';

/**
 * A lottery in a room. `seed` is secret until the draw (only its commitment is shown); `winners` is what
 * the draw picked, with the nicknames as they were at the draw.
 */
@Entity('live_lotteries')
export class LiveLotteryEntity {
  /** The merchant's request id: a retried start creates one lottery. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'live_lotteries_pkey' })
  id: string;

  @Index('live_lotteries_room_id_idx')
  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_lotteries_room_id_fkey' })
  room?: LiveRoomEntity;

  @Column({ type: 'varchar', length: 60 })
  prize: string;

  @Column({ name: 'winner_count', type: 'int' })
  winnerCount: number;

  /** `viewers` or `keyword`. */
  @Column({ type: 'varchar', length: 8 })
  kind: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  keyword: string | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: 'open' | 'drawn';

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  @Column({ type: 'varchar', length: 64 })
  commitment: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  winners: Array<{ userId: string; nickname: string }>;

  @Column({ name: 'entrant_count', type: 'int', default: 0 })
  entrantCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'drawn_at', type: 'timestamptz', nullable: true })
  drawnAt: Date | null;
}
