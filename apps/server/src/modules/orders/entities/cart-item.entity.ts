import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/** A line of a user's cart: only the SKU and the quantity; prices and stock are read when shown. */
@Entity('cart_items')
export class CartItemEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'cart_items_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'cart_items_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'sku_id', type: 'uuid', primaryKeyConstraintName: 'cart_items_pkey' })
  skuId: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'boolean', default: true })
  selected: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
