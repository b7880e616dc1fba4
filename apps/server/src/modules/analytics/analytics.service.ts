import { type TrackBatchRequest, type TrackBatchResult, trackEventSchema } from '@livemall/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { type EventRow, toEventRow } from './event-row';
import { EventWriter } from './event-writer';

/** Events older than this are refused: a queue that sat on a phone for a week is no longer today's data. */
export const TRACK_MAX_AGE_MS = 7 * 24 * 3_600_000;
/** Device clocks run ahead; further ahead than this is a broken clock, not a late event. */
export const TRACK_MAX_AHEAD_MS = 5 * 60_000;

/** Ingest of tracked events: each event stands or falls on its own, and a batch is stored in one statement. */
@Injectable()
export class AnalyticsService {
  private readonly log = new Logger('Analytics');

  constructor(
    private readonly writer: EventWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async ingest(userId: string, batch: TrackBatchRequest): Promise<TrackBatchResult> {
    const now = this.clock.now().getTime();
    const rows: EventRow[] = [];
    let firstReason: string | undefined;
    for (const raw of batch.events) {
      const parsed = trackEventSchema.safeParse(raw);
      if (!parsed.success) {
        firstReason ??= `${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
        continue;
      }
      const row = toEventRow(userId, batch.sessionId, parsed.data);
      const at = row.occurredAt.getTime();
      if (at < now - TRACK_MAX_AGE_MS || at > now + TRACK_MAX_AHEAD_MS) {
        firstReason ??= `at ${parsed.data.at} outside the accepted window`;
        continue;
      }
      rows.push(row);
    }
    const dropped = batch.events.length - rows.length;
    // The count goes back in the answer; the line here is for whoever watches a client release go bad.
    if (dropped) this.log.warn(`dropped ${dropped} of ${batch.events.length} events from user ${userId} (first: ${firstReason})`);
    if (rows.length) await this.writer.write(rows);
    return { accepted: rows.length, dropped };
  }
}
