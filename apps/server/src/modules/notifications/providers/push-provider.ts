import type { NotificationRow } from '../notifications.repository';

/** What a push provider did with one notice. */
export type PushOutcome = 'sent' | 'failed' | 'skipped';

/**
 * A channel beyond the in-app inbox (which the Notifier always writes itself). Each provider decides
 * whether the user can be reached, and makes sure one event is pushed at most once per user.
 */
export interface PushProvider {
  readonly channel: string;
  push(notice: NotificationRow): Promise<PushOutcome>;
}

export const PUSH_PROVIDERS = Symbol('PUSH_PROVIDERS');
