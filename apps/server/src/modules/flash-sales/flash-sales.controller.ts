import { Controller, Ip } from '@nestjs/common';
import { api, type FlashSaleListQuery, type FlashSaleOrderRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { FlashSalesService } from './flash-sales.service';

@Controller()
export class FlashSalesController {
  constructor(private readonly sales: FlashSalesService) {}

  @Route(api.flashSales)
  list(@ValidQuery() query: FlashSaleListQuery) {
    return this.sales.list(query);
  }

  @Route(api.flashSale)
  get(@ValidParams() params: { id: string }) {
    return this.sales.get(params.id);
  }

  @Route(api.flashSaleToken)
  token(@CurrentUser() user: AuthUser, @Ip() ip: string, @ValidParams() params: { id: string }) {
    return this.sales.token(user.id, ip, params.id);
  }

  @Route(api.flashSaleOrder)
  buy(@CurrentUser() user: AuthUser, @Ip() ip: string, @ValidParams() params: { id: string }, @ValidBody() body: FlashSaleOrderRequest) {
    return this.sales.buy(user.id, ip, params.id, body);
  }
}
