import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GoodsEntity } from '../../../mall/entities/goods.entity';
import { LiveRoomEntity } from '../../entities/live-room.entity';

export type LiveScheduleStatus = 'pending' | 'pushed' | 'cancelled';

/**
 * A goods card to push into a room at a set time. A persisted job runs it; the status only ever moves
 * from `pending` (to `pushed` by the job, or to `cancelled`), which is what makes the push happen once.
 */
@Entity('live_schedules')
@Index('live_schedules_room_id_at_idx', ['roomId', 'at'])
@Index('live_schedules_status_at_idx', ['status', 'at'])
@Check('live_schedules_status_check', `"status" IN ('pending', 'pushed', 'cancelled')`)
export class LiveScheduleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'live_schedules_pkey' })
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_schedules_room_id_fkey' })
  room?: LiveRoomEntity;

  @Index('live_schedules_goods_id_idx')
  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'live_schedules_goods_id_fkey' })
  goods?: GoodsEntity;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'boolean', default: true })
  pin: boolean;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: LiveScheduleStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'pushed_at', type: 'timestamptz', nullable: true })
  pushedAt: Date | null;
}
