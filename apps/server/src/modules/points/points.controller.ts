import { Controller } from '@nestjs/common';
import { api, type PageQuery, type PointsRules, type ShareGoodsRequest } from '@livemall/shared';
import { ValidBody, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CheckinService } from './checkin.service';
import { PointsService } from './points.service';
import { SharesService } from './shares.service';

@Controller()
export class PointsController {
  constructor(
    private readonly points: PointsService,
    private readonly checkins: CheckinService,
    private readonly shares: SharesService,
  ) {}

  @Route(api.myPointsSummary)
  summary(@CurrentUser() user: AuthUser) {
    return this.points.summary(user.id);
  }

  @Route(api.myPointsHistory)
  history(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.points.history(user.id, query);
  }

  @Route(api.checkin)
  checkin(@CurrentUser() user: AuthUser) {
    return this.checkins.checkin(user.id);
  }

  @Route(api.shareGoods)
  share(@CurrentUser() user: AuthUser, @ValidBody() body: ShareGoodsRequest) {
    return this.shares.share(user.id, body.goodsId);
  }

  @Route(api.pointsRules)
  rules() {
    return this.points.rules();
  }

  @Route(api.updatePointsRules)
  updateRules(@ValidBody() body: PointsRules) {
    return this.points.updateRules(body);
  }
}
