import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CheckoutPromotions, type MemberBenefits, type MemberBenefitsProvider } from '../orders/checkout-promotions';
import { zhe } from './level-rules';
import { MembersService } from './members.service';

/** A member's level benefits at catalogue checkout (activity orders keep their activity price). */
@Injectable()
export class MemberBenefitsAtCheckout implements MemberBenefitsProvider, OnModuleInit {
  constructor(
    private readonly members: MembersService,
    private readonly promotions: CheckoutPromotions,
  ) {}

  onModuleInit(): void {
    this.promotions.useMembers(this);
  }

  async benefitsOf(userId: string, m?: EntityManager): Promise<MemberBenefits | null> {
    const { level } = await this.members.levelOf(userId, m);
    if (level.discountPercent >= 100 && level.freeShippingFromFen === null) return null;
    return { label: `${level.name}会员 ${zhe(level.discountPercent)}`, discountPercent: level.discountPercent, freeShippingFromFen: level.freeShippingFromFen };
  }
}
