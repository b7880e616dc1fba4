import { Module } from '@nestjs/common';
import { MerchantsModule } from '../merchants/merchants.module';
import { OrdersModule } from '../orders/orders.module';
import { BargainActivitiesRepository } from './bargain-activities.repository';
import { BargainFiguresRepository } from './bargain-figures.repository';
import { BargainCheckoutService } from './bargain-checkout.service';
import { BargainHelpService } from './bargain-help.service';
import { BargainOrdersListener } from './bargain-orders.listener';
import { BargainViews } from './bargain-views';
import { BargainsController } from './bargains.controller';
import { BargainsRepository } from './bargains.repository';
import { BargainsService } from './bargains.service';
import { MerchantBargainsController } from './merchant-bargains.controller';
import { MerchantBargainsService } from './merchant-bargains.service';

/** 砍价: a merchant's activity on a SKU, users' bargains cut down by friends, bought at the price reached. */
@Module({
  imports: [OrdersModule, MerchantsModule],
  controllers: [MerchantBargainsController, BargainsController],
  providers: [
    BargainActivitiesRepository,
    BargainFiguresRepository,
    BargainsRepository,
    BargainViews,
    BargainsService,
    BargainHelpService,
    BargainCheckoutService,
    MerchantBargainsService,
    BargainOrdersListener,
  ],
})
export class BargainsModule {}
