import { Controller } from '@nestjs/common';
import { api, type BargainFiguresQuery, type CreateBargainActivityRequest, type PageQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantBargainsService } from './merchant-bargains.service';

@Controller()
export class MerchantBargainsController {
  constructor(private readonly activities: MerchantBargainsService) {}

  @Route(api.createBargainActivity)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateBargainActivityRequest) {
    return this.activities.create(user.id, body);
  }

  @Route(api.merchantBargainActivities)
  list(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.activities.list(user.id, query);
  }

  @Route(api.merchantBargainFigures)
  figures(@CurrentUser() user: AuthUser, @ValidQuery() query: BargainFiguresQuery) {
    return this.activities.figures(user.id, query);
  }

  @Route(api.stopBargainActivity)
  stop(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.activities.stop(user.id, params.id);
  }
}
