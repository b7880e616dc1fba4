import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A shelf section of the mall; two levels in practice (a parent and its children). */
@Entity('categories')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'categories_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  name: string;

  @Index('categories_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'categories_parent_id_fkey' })
  parent?: CategoryEntity;

  /** Smaller first; ties by name. */
  @Column({ type: 'integer', default: 0 })
  sort: number;
}
