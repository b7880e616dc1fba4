import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One tracked event (see the `analytics_events` migration). `value` holds the one number an event type
 * carries: dwell ms for `live_leave`, count for `like`, quantity for `add_to_cart`, list position for
 * `impression`. `goods_id` is the goods of an `add_to_cart`, or the target of a goods impression/click/share.
 */
@Entity('analytics_events')
@Index('analytics_events_occurred_brin', { synchronize: false })
@Index('analytics_events_room_idx', ['roomId', 'occurredAt'], { where: 'room_id IS NOT NULL' })
@Index('analytics_events_target_idx', ['targetId', 'occurredAt'], { where: 'target_id IS NOT NULL' })
@Index('analytics_events_goods_idx', ['goodsId', 'occurredAt'], { where: 'goods_id IS NOT NULL' })
export class AnalyticsEventEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'analytics_events_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'analytics_events_pkey' })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 64 })
  sessionId: string;

  @Column({ type: 'varchar', length: 16 })
  type: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  path: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  target: string | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @Column({ name: 'goods_id', type: 'uuid', nullable: true })
  goodsId: string | null;

  @Column({ name: 'sku_id', type: 'uuid', nullable: true })
  skuId: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ type: 'integer', nullable: true })
  value: number | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
