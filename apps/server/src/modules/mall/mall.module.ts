import { Module } from '@nestjs/common';
import { CategoriesController } from './categories.controller';
import { CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';
import { GoodsListRepository } from './goods-list.repository';
import { GoodsController } from './goods.controller';
import { GoodsRepository } from './goods.repository';
import { GoodsService } from './goods.service';
import { GoodsViews } from './goods-views';
import { MerchantGoodsController } from './merchant-goods.controller';
import { MerchantGoodsService } from './merchant-goods.service';

/** The catalogue: categories, the waterfall and goods pages, and a shop's goods with their SKUs. */
@Module({
  controllers: [GoodsController, CategoriesController, MerchantGoodsController],
  providers: [GoodsRepository, GoodsListRepository, CategoriesRepository, GoodsService, CategoriesService, MerchantGoodsService, GoodsViews],
  exports: [GoodsViews],
})
export class MallModule {}
