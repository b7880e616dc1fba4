import type { CreateExperimentRequest, Experiment, ExperimentResults, ExperimentStatus } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { MerchantsRepository } from '../merchants/merchants.repository';
import type { ExperimentEntity } from './entities/experiment.entity';
import { toExperiment } from './experiment.mapper';
import { experimentErrors } from './experiments.errors';
import { ExperimentsRepository } from './experiments.repository';
import { rateBps, twoProportionZTest } from './stats';

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

  /** Arms in the experiment's variant order (unexposed ones show zeros); the test compares the first two. */
  async results(userId: string, key: string): Promise<ExperimentResults> {
    const e = await this.own(userId, key);
    const counts = new Map((await this.experiments.arms(e.id, e.merchantId)).map((a) => [a.variant, a]));
    const arms = e.variants.map((v) => {
      const c = counts.get(v.name) ?? { exposures: 0, conversions: 0 };
      return { variant: v.name, exposures: c.exposures, conversions: c.conversions, rateBps: rateBps(c) };
    });
    const [a, b] = arms;
    // The contract asks for at least two variants, so both are there.
    const test = a && b ? twoProportionZTest(a, b) : { z: null, pValue: null, verdict: '样本不足' };
    return { key: e.key, status: e.status as ExperimentStatus, arms, z: test.z, pValue: test.pValue, verdict: test.verdict };
  }
}
