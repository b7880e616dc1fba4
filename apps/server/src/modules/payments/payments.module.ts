import { Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import { UsersModule } from '../users/users.module';
import { PaymentsController } from './payments.controller';
import { PaymentsRepository } from './payments.repository';
import { PaymentsService } from './payments.service';
import { DevPaymentProvider } from './providers/dev-payment.provider';
import { PAYMENT_PROVIDER } from './providers/payment-provider';
import { WechatPayProvider } from './providers/wechat-pay.provider';
import { WechatNotifyRoute } from './wechat-notify.route';

/**
 * Payments through the provider `PAY_PROVIDER` names. The orders module imports this module and, at boot,
 * registers `onSucceeded` (what a payment does to its order) and `setOrderReader` (how dev-confirm
 * answers with the order).
 */
@Module({
  imports: [UsersModule],
  controllers: [PaymentsController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    {
      provide: PAYMENT_PROVIDER,
      inject: [APP_CONFIG, CLOCK],
      useFactory: (config: AppConfig, clock: Clock) =>
        config.payment.provider === 'wechat' ? new WechatPayProvider(config.payment, clock) : new DevPaymentProvider(),
    },
    PaymentsRepository,
    PaymentsService,
    WechatNotifyRoute,
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}
