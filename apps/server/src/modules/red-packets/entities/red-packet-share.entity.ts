import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { RedPacketEntity } from './red-packet.entity';

/** The pre-split shares, in grab order: share `seq` goes to the grabber with that order. */
@Entity('red_packet_shares')
export class RedPacketShareEntity {
  @PrimaryColumn({ name: 'packet_id', type: 'uuid', primaryKeyConstraintName: 'red_packet_shares_pkey' })
  packetId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'red_packet_shares_pkey' })
  seq: number;

  @ManyToOne(() => RedPacketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_id', foreignKeyConstraintName: 'red_packet_shares_packet_id_fkey' })
  packet?: RedPacketEntity;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: number;
}
