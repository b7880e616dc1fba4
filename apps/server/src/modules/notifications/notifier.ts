import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationKind } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { Jobs } from '../../jobs/jobs';
import { composeNotice, type NoticePayloads } from './notice-content';
import { NotificationsRepository } from './notifications.repository';
import { PUSH_PROVIDERS, type PushProvider } from './providers/push-provider';

const DELIVER_QUEUE = 'notification-deliver';
/** A job armed inside the event's transaction waits this long, so it normally finds the event committed. */
const DELIVER_DELAY_MS = 1000;

class NotYetCommitted extends Error {}

/**
 * Tells a user about an event: always in the in-app inbox, and through each push provider that can reach
 * them. Keyed by (user, event key): an event told twice — a retried job, a redelivered webhook, two
 * instances at once — writes one inbox row and pushes at most once.
 */
@Injectable()
export class Notifier implements OnApplicationBootstrap {
  private readonly log = new Logger('Notifier');

  constructor(
    private readonly inbox: NotificationsRepository,
    private readonly jobs: Jobs,
    @Inject(PUSH_PROVIDERS) private readonly providers: PushProvider[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ userId: string; eventKey: string }>(DELIVER_QUEUE, ({ userId, eventKey }) => this.deliver(userId, eventKey, true));
  }

  /** After the event committed: records the notice and pushes it before returning. */
  async notify<K extends NotificationKind>(userId: string, kind: K, eventKey: string, payload: NoticePayloads[K]): Promise<void> {
    const content = composeNotice(kind, payload);
    await this.inbox.transaction((m) => this.inbox.record(m, userId, kind, eventKey, content));
    await this.deliver(userId, eventKey, false);
  }

  /**
   * Inside the event's transaction: the inbox row commits (or rolls back) with the event, and a job
   * pushes it after the commit — the notice survives a crash right after the event.
   */
  async notifyIn<K extends NotificationKind>(m: EntityManager, userId: string, kind: K, eventKey: string, payload: NoticePayloads[K]): Promise<void> {
    if (!(await this.inbox.record(m, userId, kind, eventKey, composeNotice(kind, payload)))) return;
    try {
      await this.jobs.schedule(DELIVER_QUEUE, { userId, eventKey }, new Date(Date.now() + DELIVER_DELAY_MS), `${userId}:${eventKey}`);
    } catch (error) {
      // The inbox row stands; only the push is lost.
      this.log.error(`push of ${eventKey} to ${userId} not scheduled: ${String(error)}`);
    }
  }

  /** For the points work: points of `userId` expire on `date` (YYYY-MM-DD); once per user and date. */
  notifyPointsExpiring(userId: string, amount: number, date: string): Promise<void> {
    return this.notify(userId, 'points_expiring', `points_expiring:${date}`, { amount, date });
  }

  /** Pushes a recorded notice through every provider; each one sends at most once per event. */
  async deliver(userId: string, eventKey: string, fromJob: boolean): Promise<void> {
    const notice = await this.inbox.byKey(userId, eventKey);
    if (!notice) {
      // A job ran before its event committed: retried later (and given up on if the event rolled back).
      if (fromJob) throw new NotYetCommitted(`notice ${eventKey} of ${userId} not committed yet`);
      return;
    }
    for (const p of this.providers) {
      await p.push(notice).catch((error: unknown) => this.log.warn(`${p.channel} push of ${eventKey} failed: ${String(error)}`));
    }
  }
}
