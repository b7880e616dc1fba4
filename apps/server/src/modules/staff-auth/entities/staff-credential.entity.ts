import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A console password. One per user; whether the user may use the console (owns or assists a shop) is
 * decided at each login, not stored here, so removing an assistant needs no cleanup.
 */
@Entity('staff_credentials')
@Check('staff_credentials_login_check', `"login" ~ '^[a-z0-9_.-]{3,32}$'`)
export class StaffCredentialEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'staff_credentials_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'staff_credentials_user_id_fkey' })
  user?: UserEntity;

  /** Stored lower-case (the check makes sure), so the unique index is case-insensitive. */
  @Index('staff_credentials_login_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  login: string;

  /** `scrypt$N$r$p$salt$key`, see password-hash.ts. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** Wrong passwords since `failed_since`; the window restarts when it is older than 15 minutes. */
  @Column({ name: 'failed_count', type: 'int', default: 0 })
  failedCount: number;

  @Column({ name: 'failed_since', type: 'timestamptz', nullable: true })
  failedSince: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
