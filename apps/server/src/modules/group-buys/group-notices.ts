import { Injectable } from '@nestjs/common';
import type { MarketingNoticeKind } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { NoticesRepository } from './notices.repository';

/**
 * A group's outcome told to its paying buyers, in the transaction that decided it: the marketing-notice
 * outbox (`GET /me/notices`) and the Notifier (inbox, then a WeChat subscribe message), once per buyer.
 */
@Injectable()
export class GroupNotices {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly notifier: Notifier,
  ) {}

  async add(m: EntityManager, userIds: readonly string[], kind: MarketingNoticeKind, groupId: string): Promise<void> {
    if (userIds.length === 0) return;
    await this.notices.add(m, userIds, kind, groupId);
    const title = await this.notices.titleOf(m, groupId);
    for (const userId of userIds) await this.notifier.notifyIn(m, userId, kind, `${kind}:${groupId}`, { groupId, title });
  }
}
