import { AvatarStore } from './avatar-store';
import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { CouponsModule } from '../coupons/coupons.module';
import { RoomModule } from '../live/room/room.module';
import { MallModule } from '../mall/mall.module';
import { OrdersModule } from '../orders/orders.module';
import { PointsLedgerModule } from '../points/points-ledger.module';
import { CollectionsController } from './collections.controller';
import { CollectionsRepository } from './collections.repository';
import { CollectionsService } from './collections.service';
import { GrowthListener } from './growth.listener';
import { MemberBenefitsAtCheckout } from './member-benefits';
import { memberClockProvider } from './member-clock';
import { MemberHooks } from './member-hooks';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { HttpWechatPhoneClient } from './wechat/http-wechat-phone.client';
import { UnconfiguredWechatPhoneClient } from './wechat/unconfigured-wechat-phone.client';
import { WECHAT_PHONE_CLIENT } from './wechat/wechat-phone.client';

/** Membership: levels and growth, the monthly level coupon, profile and phone, favourites, follows and history. */
@Module({
  imports: [OrdersModule, CouponsModule, RoomModule, MallModule, PointsLedgerModule],
  controllers: [MembersController, ProfileController, CollectionsController],
  providers: [
    MembersRepository,
    CollectionsRepository,
    MembersService,
    ProfileService,
    AvatarStore,
    CollectionsService,
    GrowthListener,
    MemberHooks,
    MemberBenefitsAtCheckout,
    memberClockProvider,
    {
      provide: WECHAT_PHONE_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.wechat ? new HttpWechatPhoneClient(config.wechat) : new UnconfiguredWechatPhoneClient()),
    },
  ],
})
export class MembersModule {}
