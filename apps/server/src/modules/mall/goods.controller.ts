import { Controller } from '@nestjs/common';
import { api, type PageQuery } from '@livemall/shared';
import { ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { GoodsService } from './goods.service';

@Controller()
export class GoodsController {
  constructor(private readonly goods: GoodsService) {}

  @Route(api.goods)
  list(@ValidQuery() query: PageQuery) {
    return this.goods.list(query);
  }
}
