import type { ExperimentAssignment, ExperimentExposure } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { assignVariant } from './assign';
import type { ExperimentEntity } from './entities/experiment.entity';
import { experimentErrors } from './experiments.errors';
import { ExperimentsRepository } from './experiments.repository';

/** A user's side: the variant they are in (computed, never stored) and their one exposure. */
@Injectable()
export class ExperimentsService {
  constructor(private readonly experiments: ExperimentsRepository) {}

  async assignment(userId: string, key: string): Promise<ExperimentAssignment> {
    const e = await this.experiments.byKey(key);
    if (!e) throw experimentErrors.notFound();
    return { key, variant: await this.variantOf(e, userId) };
  }

  async expose(userId: string, key: string): Promise<ExperimentExposure> {
    const e = await this.experiments.byKey(key);
    if (!e) throw experimentErrors.notFound();
    const variant = await this.variantOf(e, userId);
    if (!variant) throw experimentErrors.notAssigned();
    const first = await this.experiments.expose(e.id, userId, variant);
    return { key, variant: first.variant, exposedAt: first.exposedAt.toISOString() };
  }

  /** Null unless running and the user is targeted; 'new_users' means accounts made after the experiment started. */
  private async variantOf(e: ExperimentEntity, userId: string): Promise<string | null> {
    if (e.status !== 'running' || !e.startedAt) return null;
    const subject = await this.experiments.subjectOf(userId);
    if (!subject) return null;
    if (e.targeting === 'new_users' && subject.createdAt < e.startedAt) return null;
    // The openid outlives a re-created guest account, so it keeps a WeChat user in one variant.
    return assignVariant(e.key, subject.openid ?? userId, e.variants);
  }
}
