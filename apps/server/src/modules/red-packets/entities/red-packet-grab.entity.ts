import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { UserEntity } from '../../users/entities/user.entity';
import { RedPacketEntity } from './red-packet.entity';

/** The article's grab record. One per (packet, user) and one per (packet, seq): nobody twice, no share twice. */
@Entity('red_packet_grabs')
@Index('red_packet_grabs_packet_user_key', ['packetId', 'userId'], { unique: true })
@Index('red_packet_grabs_packet_seq_key', ['packetId', 'seq'], { unique: true })
@Index('red_packet_grabs_user_id_idx', ['userId', 'id'])
export class RedPacketGrabEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'red_packet_grabs_pkey' })
  id: string;

  @Column({ name: 'packet_id', type: 'uuid' })
  packetId: string;

  @ManyToOne(() => RedPacketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_id', foreignKeyConstraintName: 'red_packet_grabs_packet_id_fkey' })
  packet?: RedPacketEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'red_packet_grabs_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  nickname: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: number;

  @Column({ type: 'integer' })
  seq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
