import { Controller } from '@nestjs/common';
import { api, type CreateCouponTemplateRequest, type CreateFullReductionRequest, type PushCouponRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CouponPushService } from './coupon-push.service';
import { MerchantCouponsService } from './merchant-coupons.service';

@Controller()
export class MerchantCouponsController {
  constructor(
    private readonly merchant: MerchantCouponsService,
    private readonly pushes: CouponPushService,
  ) {}

  @Route(api.createCouponTemplate)
  createTemplate(@CurrentUser() user: AuthUser, @ValidBody() body: CreateCouponTemplateRequest) {
    return this.merchant.createTemplate(user.id, body);
  }

  @Route(api.merchantCouponTemplates)
  templates(@CurrentUser() user: AuthUser) {
    return this.merchant.templates(user.id);
  }

  @Route(api.stopCouponTemplate)
  stopTemplate(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.merchant.stopTemplate(user.id, params.id);
  }

  @Route(api.createFullReduction)
  createReduction(@CurrentUser() user: AuthUser, @ValidBody() body: CreateFullReductionRequest) {
    return this.merchant.createReduction(user.id, body);
  }

  @Route(api.merchantFullReductions)
  reductions(@CurrentUser() user: AuthUser) {
    return this.merchant.reductions(user.id);
  }

  @Route(api.stopFullReduction)
  stopReduction(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.merchant.stopReduction(user.id, params.id);
  }

  @Route(api.pushCoupon)
  push(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: PushCouponRequest) {
    return this.pushes.push(user.id, params.roomId, body.templateId);
  }
}
