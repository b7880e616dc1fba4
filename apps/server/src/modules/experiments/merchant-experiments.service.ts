import type { CreateExperimentRequest, Experiment, ExperimentResults, ExperimentStatus, MerchantExperimentList } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { MerchantsRepository } from '../merchants/merchants.repository';
import type { ExperimentEntity } from './entities/experiment.entity';
import { toExperiment } from './experiment.mapper';
import { experimentErrors } from './experiments.errors';
import { ExperimentsRepository } from './experiments.repository';
import { buildResults } from './results';

/** A shop runs a handful of experiments; the list stops here rather than paging. */
const LIST_LIMIT = 200;

/** A shop owner's experiments: another shop's experiment answers as if it did not exist. */
@Injectable()
export class MerchantExperimentsService {
  constructor(
    private readonly experiments: ExperimentsRepository,
    private readonly merchants: MerchantsRepository,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchant = await this.merchants.findByOwner(userId);
    if (!merchant) throw experimentErrors.notAMerchant();
    return merchant.id;
  }

  private async own(userId: string, key: string): Promise<ExperimentEntity> {
    const merchantId = await this.merchantOf(userId);
    const e = await this.experiments.byKey(key);
    if (!e || e.merchantId !== merchantId) throw experimentErrors.notFound();
    return e;
  }

  async create(userId: string, body: CreateExperimentRequest): Promise<Experiment> {
    const merchantId = await this.merchantOf(userId);
    const row = await this.experiments.insert({ merchantId, key: body.key, variants: body.variants, targeting: body.targeting });
    if (!row) throw experimentErrors.keyTaken();
    return toExperiment(row);
  }

  start(userId: string, key: string): Promise<Experiment> {
    return this.move(userId, key, 'draft', 'running');
  }

  stop(userId: string, key: string): Promise<Experiment> {
    return this.move(userId, key, 'running', 'stopped');
  }

  private async move(userId: string, key: string, from: ExperimentStatus, to: 'running' | 'stopped'): Promise<Experiment> {
    const e = await this.own(userId, key);
    const moved = await this.experiments.transition(e.id, from, to);
    if (!moved) throw experimentErrors.status(e.status, to === 'running' ? 'start' : 'stop');
    return toExperiment(moved);
  }

  /** Newest first; each variant with its exposures so far (0 when nobody saw it yet). */
  async list(userId: string): Promise<MerchantExperimentList> {
    const merchantId = await this.merchantOf(userId);
    const rows = await this.experiments.listByMerchant(merchantId, LIST_LIMIT);
    const seen = new Map((await this.experiments.exposureCounts(rows.map((r) => r.id))).map((c) => [`${c.experimentId}/${c.variant}`, c.exposures]));
    return {
      items: rows.map((e) => ({
        ...toExperiment(e),
        exposures: e.variants.map((v) => ({ variant: v.name, exposures: seen.get(`${e.id}/${v.name}`) ?? 0 })),
      })),
    };
  }

  /** Arms in the experiment's variant order (unexposed ones show zeros); each later variant is tested against the first. */
  async results(userId: string, key: string): Promise<ExperimentResults> {
    const e = await this.own(userId, key);
    const counts = new Map((await this.experiments.arms(e.id, e.merchantId)).map((a) => [a.variant, a]));
    return buildResults({ key: e.key, status: e.status as ExperimentStatus, variants: e.variants }, counts);
  }
}
