import { Inject, Injectable } from '@nestjs/common';
import type {
  Notification,
  NotificationKind,
  NotificationPage,
  NotificationsQuery,
  ReadAllResult,
  RecordSubscriptionsRequest,
  SubscribeTemplates,
  SubscriptionBalance,
} from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { toNotification } from './notification.mapper';
import { notificationErrors } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';
import { SubscriptionsRepository } from './subscriptions.repository';

const cursorSchema = z.object({ t: z.string().datetime(), id: z.string().uuid() });

/** The inbox a user reads, and the subscribe-message consents they give. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly inbox: NotificationsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(userId: string, query: NotificationsQuery): Promise<NotificationPage> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.inbox.page(userId, after, query.limit + 1);
    const page = pageFrom(rows, query.limit, (r) => ({ t: r.createdAt.toISOString(), id: r.id }));
    return { items: page.items.map(toNotification), nextCursor: page.nextCursor, unreadCount: await this.inbox.unreadCount(userId) };
  }

  async read(userId: string, id: string): Promise<Notification> {
    const row = await this.inbox.markRead(userId, id);
    if (!row) throw notificationErrors.notFound();
    return toNotification(row);
  }

  async readAll(userId: string): Promise<ReadAllResult> {
    return { unreadCount: 0, marked: await this.inbox.readAll(userId) };
  }

  /** Without WeChat credentials nothing can be sent, so no consent is worth asking for. */
  templates(): SubscribeTemplates {
    if (!this.config.wechat) return { items: [] };
    const entries = Object.entries(this.config.subscribeTemplates) as Array<[NotificationKind, string]>;
    return { items: entries.map(([kind, templateId]) => ({ kind, templateId })) };
  }

  async recordConsents(userId: string, body: RecordSubscriptionsRequest): Promise<SubscriptionBalance> {
    const known = new Set(this.templates().items.map((t) => t.templateId));
    const unknown = body.templateIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw notificationErrors.unknownTemplates(unknown);
    await this.subscriptions.addConsents(userId, body.requestId, body.accepted);
    return { items: await this.subscriptions.balance(userId) };
  }
}
