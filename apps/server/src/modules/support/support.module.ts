import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { NotificationsModule } from '../notifications/notifications.module';
import { type AccessTokens, WECHAT_ACCESS_TOKENS } from '../notifications/wechat/access-tokens';
import { MerchantSupportService } from './merchant-support.service';
import { SupportDelivery } from './support-delivery';
import { SupportController } from './support.controller';
import { SupportRepository } from './support.repository';
import { SupportService } from './support.service';
import { HttpWechatCustomerService, NoWechatCustomerService, WECHAT_CUSTOMER_SERVICE, type WechatCustomerService } from './wechat-custom-send';
import { WechatPushRoute } from './wechat-push.route';
import { WechatSupportService } from './wechat-support.service';

/**
 * Customer service: in-app chat between a viewer and a shop, the bot that answers first (order status,
 * FAQ) and hands over to a person, and WeChat's customer-service messages as a second channel.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [SupportController],
  providers: [
    SupportRepository,
    SupportService,
    MerchantSupportService,
    SupportDelivery,
    WechatSupportService,
    WechatPushRoute,
    {
      provide: WECHAT_CUSTOMER_SERVICE,
      inject: [APP_CONFIG, WECHAT_ACCESS_TOKENS],
      useFactory: (config: AppConfig, tokens: AccessTokens | null): WechatCustomerService =>
        config.wechat && tokens ? new HttpWechatCustomerService(tokens, config.wechat) : new NoWechatCustomerService(),
    },
  ],
})
export class SupportModule {}
