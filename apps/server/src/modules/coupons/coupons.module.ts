import { Module } from '@nestjs/common';
import { RoomModule } from '../live/room/room.module';
import { OrdersModule } from '../orders/orders.module';
import { UsersModule } from '../users/users.module';
import { CouponPricing } from './coupon-pricing';
import { CouponPushService } from './coupon-push.service';
import { CouponsController } from './coupons.controller';
import { CouponsRepository } from './coupons.repository';
import { CouponsService } from './coupons.service';
import { MerchantCouponsController } from './merchant-coupons.controller';
import { MerchantCouponsService } from './merchant-coupons.service';

/** Coupons and 满减: templates, claims and grants, checkout pricing (through `CheckoutPromotions`), live-room cards. */
@Module({
  imports: [OrdersModule, RoomModule, UsersModule],
  controllers: [CouponsController, MerchantCouponsController],
  providers: [CouponsRepository, CouponsService, MerchantCouponsService, CouponPricing, CouponPushService],
  exports: [CouponsService],
})
export class CouponsModule {}
