import { Controller } from '@nestjs/common';
import { api, type CreateGroupBuyRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantGroupBuysService } from './merchant-group-buys.service';

@Controller()
export class MerchantGroupBuysController {
  constructor(private readonly groupBuys: MerchantGroupBuysService) {}

  @Route(api.createGroupBuy)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateGroupBuyRequest) {
    return this.groupBuys.create(user.id, body);
  }

  @Route(api.merchantGroupBuys)
  list(@CurrentUser() user: AuthUser) {
    return this.groupBuys.list(user.id);
  }

  @Route(api.stopGroupBuy)
  stop(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.groupBuys.stop(user.id, params.id);
  }
}
