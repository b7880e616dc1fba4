import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@livemall/shared';

export type UserProvider = 'wechat' | 'guest' | 'demo';

@Entity('users')
@Check('users_birthday_check', `("birth_month" IS NULL AND "birth_day" IS NULL) OR ("birth_month" BETWEEN 1 AND 12 AND "birth_day" BETWEEN 1 AND 31)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  provider: UserProvider;

  /** WeChat's id of the user within our mini-program; null for guests. */
  @Index('users_openid_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  /** Present when the mini-program is bound to a WeChat Open Platform account. */
  @Index('users_unionid_idx')
  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  /** The browser's random id for an H5 guest. */
  @Index('users_guest_device_id_key', { unique: true })
  @Column({ name: 'guest_device_id', type: 'varchar', length: 64, nullable: true })
  guestDeviceId: string | null;

  /** Seeded demo accounts are found by this key, never by a guest device id. */
  @Index('users_seed_key_key', { unique: true })
  @Column({ name: 'seed_key', type: 'varchar', length: 64, nullable: true })
  seedKey: string | null;

  @Column({ type: 'varchar', length: 64 })
  nickname: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  @Column({ type: 'text', array: true, default: () => "'{user}'" })
  roles: Role[];

  /** Birthday, month and day only (it grants birthday coupons); both or neither. */
  @Column({ name: 'birth_month', type: 'smallint', nullable: true })
  birthMonth: number | null;

  @Column({ name: 'birth_day', type: 'smallint', nullable: true })
  birthDay: number | null;

  /** When the birthday was last set: it may change again 12 months later. */
  @Column({ name: 'birthday_set_at', type: 'timestamptz', nullable: true })
  birthdaySetAt: Date | null;

  /** Bound from WeChat's phone-number button (membership); only ever shown masked. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
