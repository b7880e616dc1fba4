import { Controller } from '@nestjs/common';
import { api, type GoodsListQuery } from '@livemall/shared';
import { ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { OptionalUser } from '../auth/current-user.decorator';
import { GoodsService } from './goods.service';

@Controller()
export class GoodsController {
  constructor(private readonly goods: GoodsService) {}

  @Route(api.goods)
  list(@ValidQuery() query: GoodsListQuery) {
    return this.goods.page(query);
  }

  @Route(api.goodsDetail)
  detail(@ValidParams() params: { id: string }, @OptionalUser() viewer: AuthUser | undefined) {
    return this.goods.detail(params.id, viewer?.id);
  }
}
