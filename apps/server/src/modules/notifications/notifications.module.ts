import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG, REDIS } from '../../config/config.tokens';
import { OrdersModule } from '../orders/orders.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { OrderNotices } from './order-notices.listener';
import { PUSH_PROVIDERS, type PushProvider } from './providers/push-provider';
import { WechatSubscribeProvider } from './providers/wechat-subscribe.provider';
import { RoomLiveNotices } from './room-live-notices';
import { RoomRemindersRepository } from './room-reminders.repository';
import { SubscriptionsRepository } from './subscriptions.repository';
import { AccessTokens, WECHAT_ACCESS_TOKENS } from './wechat/access-tokens';
import { MemoryTokenStore, RedisTokenStore } from './wechat/token-store';
import { HttpWechatMessageClient } from './wechat/wechat-message.client';

/**
 * Notifications: the in-app inbox, WeChat subscribe messages (when WX_APPID/WX_SECRET are set), and the
 * events that feed them (orders shipped and refunded here; group buys and live rooms call the Notifier).
 */
@Module({
  imports: [OrdersModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository,
    SubscriptionsRepository,
    RoomRemindersRepository,
    NotificationsService,
    {
      provide: PUSH_PROVIDERS,
      inject: [APP_CONFIG, WECHAT_ACCESS_TOKENS, NotificationsRepository, SubscriptionsRepository],
      useFactory: (config: AppConfig, tokens: AccessTokens | null, inbox: NotificationsRepository, subscriptions: SubscriptionsRepository): PushProvider[] => {
        if (!config.wechat || !tokens) return [];
        return [new WechatSubscribeProvider(config.subscribeTemplates, inbox, subscriptions, tokens, new HttpWechatMessageClient(config.wechat))];
      },
    },
    {
      // One token holder per process (and one Redis key in scale-out): every fetch invalidates the previous token.
      provide: WECHAT_ACCESS_TOKENS,
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis | null): AccessTokens | null =>
        config.wechat ? new AccessTokens(new HttpWechatMessageClient(config.wechat), redis ? new RedisTokenStore(redis) : new MemoryTokenStore()) : null,
    },
    Notifier,
    OrderNotices,
    RoomLiveNotices,
  ],
  exports: [Notifier, RoomLiveNotices, WECHAT_ACCESS_TOKENS],
})
export class NotificationsModule {}
