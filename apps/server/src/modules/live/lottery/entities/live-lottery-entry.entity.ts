import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LiveLotteryEntity } from './live-lottery.entity';

/** One viewer taking part in one lottery (at most once). */
@Entity('live_lottery_entries')
export class LiveLotteryEntryEntity {
  @PrimaryColumn({ name: 'lottery_id', type: 'uuid', primaryKeyConstraintName: 'live_lottery_entries_pkey' })
  lotteryId: string;

  @ManyToOne(() => LiveLotteryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lottery_id', foreignKeyConstraintName: 'live_lottery_entries_lottery_id_fkey' })
  lottery?: LiveLotteryEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'live_lottery_entries_pkey' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
