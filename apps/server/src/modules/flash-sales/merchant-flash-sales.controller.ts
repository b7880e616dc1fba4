import { Controller } from '@nestjs/common';
import { api, type CreateFlashSaleRequest, type PageQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantFlashSalesService } from './merchant-flash-sales.service';

@Controller()
export class MerchantFlashSalesController {
  constructor(private readonly sales: MerchantFlashSalesService) {}

  @Route(api.merchantFlashSales)
  list(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.sales.list(user.id, query);
  }

  @Route(api.createFlashSale)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateFlashSaleRequest) {
    return this.sales.create(user.id, body);
  }

  @Route(api.stopFlashSale)
  stop(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.sales.stop(user.id, params.id);
  }
}
