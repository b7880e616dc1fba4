import { Controller } from '@nestjs/common';
import { api, type RoomDashboardParams, type RoomDashboardQuery, type ShopDashboardQuery } from '@livemall/shared';
import { ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DashboardsService } from './dashboards.service';

@Controller()
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Route(api.roomDashboard)
  room(@CurrentUser() user: AuthUser, @ValidParams() params: RoomDashboardParams, @ValidQuery() query: RoomDashboardQuery) {
    return this.dashboards.room(user.id, params.roomId, query);
  }

  @Route(api.shopDashboard)
  shop(@CurrentUser() user: AuthUser, @ValidQuery() query: ShopDashboardQuery) {
    return this.dashboards.shop(user.id, query.from, query.to);
  }
}
