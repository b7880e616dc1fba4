import { Controller } from '@nestjs/common';
import { api, type NotificationsQuery, type RecordSubscriptionsRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Route(api.myNotifications)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: NotificationsQuery) {
    return this.notifications.page(user.id, query);
  }

  @Route(api.readNotification)
  read(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.notifications.read(user.id, params.id);
  }

  @Route(api.readAllNotifications)
  readAll(@CurrentUser() user: AuthUser) {
    return this.notifications.readAll(user.id);
  }

  @Route(api.subscribeTemplates)
  templates() {
    return this.notifications.templates();
  }

  @Route(api.recordSubscriptions)
  subscribe(@CurrentUser() user: AuthUser, @ValidBody() body: RecordSubscriptionsRequest) {
    return this.notifications.recordConsents(user.id, body);
  }
}
