import type { Experiment, ExperimentStatus, ExperimentTargeting } from '@livemall/shared';
import type { ExperimentEntity } from './entities/experiment.entity';

export function toExperiment(e: ExperimentEntity): Experiment {
  return {
    key: e.key,
    variants: e.variants,
    targeting: e.targeting as ExperimentTargeting,
    status: e.status as ExperimentStatus,
    createdAt: e.createdAt.toISOString(),
    startedAt: e.startedAt?.toISOString() ?? null,
    stoppedAt: e.stoppedAt?.toISOString() ?? null,
  };
}
