import { Injectable } from '@nestjs/common';
import type { CreateCouponTemplateRequest, CreateFullReductionRequest, FullReduction, MerchantCouponTemplate } from '@livemall/shared';
import { toFullReduction, toTemplate } from './coupon.mapper';
import { couponErrors } from './coupons.errors';
import { CouponsRepository, type TemplateRow } from './coupons.repository';

/** What a shop owner does with coupon templates and 满减. */
@Injectable()
export class MerchantCouponsService {
  constructor(private readonly repo: CouponsRepository) {}

  async createTemplate(userId: string, body: CreateCouponTemplateRequest): Promise<MerchantCouponTemplate> {
    const merchantId = await this.merchantOf(userId);
    return { ...toTemplate(await this.repo.insertTemplate(merchantId, body)), usedCount: 0 };
  }

  async templates(userId: string): Promise<{ items: MerchantCouponTemplate[] }> {
    const rows = await this.repo.templatesOf(await this.merchantOf(userId));
    return { items: await this.withUsed(rows) };
  }

  /** Stopping again is a no-op; coupons already claimed stay usable. */
  async stopTemplate(userId: string, id: string): Promise<MerchantCouponTemplate> {
    const merchantId = await this.merchantOf(userId);
    if (!(await this.repo.stopTemplate(merchantId, id))) throw couponErrors.templateNotFound();
    const [row] = await this.withUsed([(await this.repo.template(id)) as TemplateRow]);
    return row as MerchantCouponTemplate;
  }

  async createReduction(userId: string, body: CreateFullReductionRequest): Promise<FullReduction> {
    return toFullReduction(await this.repo.insertReduction(await this.merchantOf(userId), body));
  }

  async reductions(userId: string): Promise<{ items: FullReduction[] }> {
    return { items: (await this.repo.reductionsOf(await this.merchantOf(userId))).map(toFullReduction) };
  }

  async stopReduction(userId: string, id: string): Promise<FullReduction> {
    const row = await this.repo.stopReduction(await this.merchantOf(userId), id);
    if (!row) throw couponErrors.fullReductionNotFound();
    return toFullReduction(row);
  }

  private async merchantOf(userId: string): Promise<string> {
    const merchantId = await this.repo.merchantOfUser(userId);
    if (!merchantId) throw couponErrors.notAMerchant();
    return merchantId;
  }

  private async withUsed(rows: readonly TemplateRow[]): Promise<MerchantCouponTemplate[]> {
    const used = await this.repo.usedCounts(rows.map((r) => r.id));
    return rows.map((r) => ({ ...toTemplate(r), usedCount: used.get(r.id) ?? 0 }));
  }
}
