import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/** A shop. Its owner is a user holding the `merchant` role. */
@Entity('merchants')
export class MerchantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'merchants_pkey' })
  id: string;

  @Index('merchants_owner_user_id_key', { unique: true })
  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'merchants_owner_user_id_fkey' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'logo_url', type: 'varchar', length: 512, nullable: true })
  logoUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
