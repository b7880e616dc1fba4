import { Controller } from '@nestjs/common';
import { api, type ClaimCouponRequest, type MyCouponsQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CouponsService } from './coupons.service';

@Controller()
export class CouponsController {
  constructor(private readonly coupons: CouponsService) {}

  @Route(api.couponCentre)
  centre(@CurrentUser() user: AuthUser) {
    return this.coupons.centre(user.id);
  }

  @Route(api.claimCoupon)
  @RateLimit('claim')
  claim(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: ClaimCouponRequest) {
    return this.coupons.claim(user.id, params.id, body.requestId);
  }

  @Route(api.myCoupons)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: MyCouponsQuery) {
    return this.coupons.mine(user.id, query);
  }
}
