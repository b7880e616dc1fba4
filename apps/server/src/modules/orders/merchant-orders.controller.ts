import { Controller } from '@nestjs/common';
import { api, type DecideRefundRequest, type OrderListQuery, type ShipOrderRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantOrdersService } from './merchant-orders.service';

@Controller()
export class MerchantOrdersController {
  constructor(private readonly orders: MerchantOrdersService) {}

  @Route(api.merchantOrders)
  list(@CurrentUser() user: AuthUser, @ValidQuery() query: OrderListQuery) {
    return this.orders.list(user.id, query);
  }

  @Route(api.shipOrder)
  ship(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: ShipOrderRequest) {
    return this.orders.ship(user.id, params.id, body);
  }

  @Route(api.decideRefund)
  decide(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: DecideRefundRequest) {
    return this.orders.decideRefund(user.id, params.id, body);
  }
}
