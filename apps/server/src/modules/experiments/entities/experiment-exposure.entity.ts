import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { ExperimentEntity } from './experiment.entity';

/** The first time a user saw their variant: the key makes it once per user and experiment. */
@Entity('experiment_exposures')
export class ExperimentExposureEntity {
  @PrimaryColumn({ name: 'experiment_id', type: 'uuid', primaryKeyConstraintName: 'experiment_exposures_pkey' })
  experimentId: string;

  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id', foreignKeyConstraintName: 'experiment_exposures_experiment_id_fkey' })
  experiment?: ExperimentEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'experiment_exposures_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'experiment_exposures_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  variant: string;

  @Column({ name: 'exposed_at', type: 'timestamptz', default: () => 'now()' })
  exposedAt: Date;
}
