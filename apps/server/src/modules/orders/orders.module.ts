import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { WalletModule } from '../wallet/wallet.module';
import { ActivityCheckout } from './activity-checkout.service';
import { AddressesController } from './addresses.controller';
import { AddressesRepository } from './addresses.repository';
import { AddressesService } from './addresses.service';
import { CartController } from './cart.controller';
import { CartRepository } from './cart.repository';
import { CartService } from './cart.service';
import { CheckoutPromotions } from './checkout-promotions';
import { CheckoutService } from './checkout.service';
import { MerchantOrdersController } from './merchant-orders.controller';
import { MerchantOrdersService } from './merchant-orders.service';
import { OrderLifecycle } from './order-lifecycle';
import { OrdersController } from './orders.controller';
import { OrdersReader } from './orders.reader';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { SkuRepository } from './sku.repository';

@Module({
  imports: [WalletModule, PaymentsModule],
  controllers: [CartController, AddressesController, OrdersController, MerchantOrdersController],
  providers: [
    SkuRepository,
    CartRepository,
    CartService,
    AddressesRepository,
    AddressesService,
    OrdersRepository,
    OrdersReader,
    OrderLifecycle,
    CheckoutPromotions,
    CheckoutService,
    ActivityCheckout,
    OrdersService,
    MerchantOrdersService,
  ],
  exports: [OrderLifecycle, ActivityCheckout, OrdersRepository, SkuRepository, CheckoutPromotions],
})
export class OrdersModule {}
