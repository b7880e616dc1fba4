import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ExperimentEntity } from './entities/experiment.entity';

export interface ArmCount {
  variant: string;
  exposures: number;
  conversions: number;
}

// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
const rowsOf = (result: unknown[]): Array<Record<string, any>> => (Array.isArray(result[0]) ? (result[0] as Array<Record<string, any>>) : (result as Array<Record<string, any>>));

/** Experiments, their exposures, and the paid orders that count as conversions. */
@Injectable()
export class ExperimentsRepository {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(ExperimentEntity) private readonly experiments: Repository<ExperimentEntity>,
  ) {}

  byKey(key: string): Promise<ExperimentEntity | null> {
    return this.experiments.findOneBy({ key });
  }

  /** A shop's experiments, newest first. */
  listByMerchant(merchantId: string, limit: number): Promise<ExperimentEntity[]> {
    return this.experiments.find({ where: { merchantId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /** Exposed users per experiment and variant (variants nobody saw yet are absent). */
  async exposureCounts(experimentIds: readonly string[]): Promise<Array<{ experimentId: string; variant: string; exposures: number }>> {
    if (!experimentIds.length) return [];
    const rows = await this.db.query(
      `SELECT experiment_id, variant, count(*)::int AS exposures FROM experiment_exposures WHERE experiment_id = ANY($1::uuid[]) GROUP BY experiment_id, variant`,
      [experimentIds],
    );
    return rows.map((r: Record<string, any>) => ({ experimentId: r.experiment_id, variant: r.variant, exposures: r.exposures }));
  }

  /** Null when the key is taken. */
  async insert(row: Pick<ExperimentEntity, 'merchantId' | 'key' | 'variants' | 'targeting'>): Promise<ExperimentEntity | null> {
    const [inserted] = await this.db.query(
      `INSERT INTO experiments (merchant_id, key, variants, targeting) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [row.merchantId, row.key, JSON.stringify(row.variants), row.targeting],
    );
    return inserted ? this.experiments.findOneBy({ id: inserted.id }) : null;
  }

  /** Moves the status only from `from` (a conditional UPDATE, so two clicks cannot both win); null when it was not `from`. */
  async transition(id: string, from: string, to: 'running' | 'stopped'): Promise<ExperimentEntity | null> {
    const stamp = to === 'running' ? 'started_at' : 'stopped_at';
    const rows = rowsOf(await this.db.query(`UPDATE experiments SET status = $3, ${stamp} = now() WHERE id = $1 AND status = $2 RETURNING id`, [id, from, to]));
    return rows.length ? this.experiments.findOneBy({ id }) : null;
  }

  /** What the hash and the targeting need to know about a user. */
  async subjectOf(userId: string): Promise<{ openid: string | null; createdAt: Date } | null> {
    const [row] = await this.db.query(`SELECT openid, created_at FROM users WHERE id = $1`, [userId]);
    return row ? { openid: row.openid, createdAt: row.created_at } : null;
  }

  /** Records the first exposure and returns it (a repeat returns the first one). */
  async expose(experimentId: string, userId: string, variant: string): Promise<{ variant: string; exposedAt: Date }> {
    await this.db.query(`INSERT INTO experiment_exposures (experiment_id, user_id, variant) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [experimentId, userId, variant]);
    const [row] = await this.db.query(`SELECT variant, exposed_at FROM experiment_exposures WHERE experiment_id = $1 AND user_id = $2`, [experimentId, userId]);
    return { variant: row.variant, exposedAt: row.exposed_at };
  }

  /** Per variant: exposed users, and those of them who paid an order of this shop at or after their exposure. */
  async arms(experimentId: string, merchantId: string): Promise<ArmCount[]> {
    const rows = await this.db.query(
      `SELECT e.variant, count(*)::int AS exposures,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM orders o WHERE o.user_id = e.user_id AND o.merchant_id = $2 AND o.paid_at >= e.exposed_at))::int AS conversions
         FROM experiment_exposures e WHERE e.experiment_id = $1 GROUP BY e.variant`,
      [experimentId, merchantId],
    );
    return rows.map((r: Record<string, any>) => ({ variant: r.variant, exposures: r.exposures, conversions: r.conversions }));
  }
}
