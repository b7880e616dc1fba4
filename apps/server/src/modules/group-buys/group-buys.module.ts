import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrdersModule } from '../orders/orders.module';
import { ActivitiesRepository } from './activities.repository';
import { GroupBuysController } from './group-buys.controller';
import { GroupBuysService } from './group-buys.service';
import { GroupCloser } from './group-closer';
import { GroupJoinService } from './group-join.service';
import { GroupNotices } from './group-notices';
import { GroupSeats } from './group-seats';
import { GroupsRepository } from './groups.repository';
import { MerchantGroupBuysController } from './merchant-group-buys.controller';
import { MerchantGroupBuysService } from './merchant-group-buys.service';
import { NoticesRepository } from './notices.repository';

/** Group buying (拼团): activities, groups and seats confirmed by payment, the expiry job, notices. */
@Module({
  imports: [OrdersModule, NotificationsModule],
  controllers: [GroupBuysController, MerchantGroupBuysController],
  providers: [ActivitiesRepository, GroupsRepository, NoticesRepository, GroupNotices, GroupSeats, GroupCloser, GroupJoinService, GroupBuysService, MerchantGroupBuysService],
  exports: [GroupCloser],
})
export class GroupBuysModule {}
