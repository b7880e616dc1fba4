import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MemberCard, MemberLevel, MemberLevels, SaveMemberLevelsRequest } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock/clock';
import { AppException } from '../../common/errors/app-exception';
import { CouponsService } from '../coupons/coupons.service';
import { chinaYearMonth, levelFor, monthlyCouponKey, nextLevel } from './level-rules';
import { MEMBER_CLOCK } from './member-clock';
import { memberErrors } from './members.errors';
import { MembersRepository } from './members.repository';

/** The level ladder, a member's card, and the monthly level coupon. */
@Injectable()
export class MembersService {
  private readonly log = new Logger('MembersService');

  constructor(
    private readonly repo: MembersRepository,
    private readonly coupons: CouponsService,
    @Inject(MEMBER_CLOCK) private readonly clock: Clock,
  ) {}

  async levels(): Promise<MemberLevels> {
    return { levels: await this.repo.levels() };
  }

  /**
   * The platform admin replaces the ladder (the route admits no one else: its discounts apply to every shop).
   * A monthly coupon may be any shop's template; each grant counts against that template's quantity.
   */
  async saveLevels(body: SaveMemberLevelsRequest): Promise<MemberLevels> {
    const templateIds = [...new Set(body.levels.flatMap((l) => (l.monthlyCouponTemplateId ? [l.monthlyCouponTemplateId] : [])))];
    const known = await this.repo.existingTemplates(templateIds);
    const missing = templateIds.find((id) => !known.has(id));
    if (missing) throw memberErrors.couponTemplateNotFound(missing);
    await this.repo.transaction((m) => this.repo.replaceLevels(m, body.levels));
    return this.levels();
  }

  /**
   * The level a user is at now (growth is the sum of their credits). Inside a transaction (checkout), pass
   * its `m`: asking the pool for a second connection while holding one can exhaust it under load.
   */
  async levelOf(userId: string, m?: EntityManager): Promise<{ growth: number; levels: MemberLevel[]; level: MemberLevel }> {
    const growth = await this.repo.growthOf(userId, m);
    const levels = await this.repo.levels(m);
    return { growth, levels, level: levelFor(levels, growth) };
  }

  async card(userId: string): Promise<MemberCard> {
    const { growth, levels, level } = await this.levelOf(userId);
    const next = nextLevel(levels, growth);
    const templateId = level.monthlyCouponTemplateId;
    return {
      growth,
      level,
      next: next && { rank: next.level.rank, name: next.level.name, growthFrom: next.level.growthFrom, growthNeeded: next.growthNeeded },
      benefits: {
        discountPercent: level.discountPercent,
        freeShippingFromFen: level.freeShippingFromFen,
        monthlyCoupon: templateId ? { templateId, grantedThisMonth: await this.grantMonthly(userId, level.rank, templateId) } : null,
      },
    };
  }

  /**
   * Grants this month's coupon of the level, once (key `level:<rank>:<yyyy-mm>`, China time): lazily, when
   * the member looks at their card. A template that stopped or ran out is skipped quietly.
   */
  private async grantMonthly(userId: string, rank: number, templateId: string): Promise<boolean> {
    const key = monthlyCouponKey(rank, chinaYearMonth(this.clock.now()));
    if (await this.repo.hasGrant(userId, key)) return true;
    try {
      await this.repo.transaction((m) => this.coupons.grant(m, userId, templateId, key));
      return true;
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
      this.log.debug(`level coupon ${templateId} not granted to ${userId}: ${error.code}`);
      return false;
    }
  }
}
