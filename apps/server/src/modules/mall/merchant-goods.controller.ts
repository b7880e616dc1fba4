import { Controller } from '@nestjs/common';
import { api, type PageQuery, type SaveGoodsRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantGoodsService } from './merchant-goods.service';

@Controller()
export class MerchantGoodsController {
  constructor(private readonly goods: MerchantGoodsService) {}

  @Route(api.merchantGoods)
  list(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.goods.list(user.id, query);
  }

  @Route(api.createGoods)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: SaveGoodsRequest) {
    return this.goods.create(user.id, body);
  }

  @Route(api.updateGoods)
  update(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: SaveGoodsRequest) {
    return this.goods.update(user.id, params.id, body);
  }

  @Route(api.setShelf)
  setShelf(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: { onShelf: boolean }) {
    return this.goods.setShelf(user.id, params.id, body.onShelf);
  }
}
