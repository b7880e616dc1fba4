import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { AnalyticsRepository } from './analytics.repository';
import type { EventRow } from './event-row';

/** Statements in flight at once: enough to overlap one commit with the next gathering, few of the pool's 20. */
const IN_FLIGHT_MAX = 2;
/** Rows per statement at most (13 arrays of this many values stay a small message). */
const ROWS_MAX = 5_000;

interface Group {
  rows: EventRow[];
  done: Array<{ resolve(): void; reject(error: unknown): void }>;
}

/**
 * Group commit for ingest: while `IN_FLIGHT_MAX` INSERTs run, the batches that arrive meanwhile gather
 * into one group, written by the next statement when one finishes. An idle server writes a batch at once
 * (no timer, no added latency); a busy one turns hundreds of requests into a few statements and commits.
 * Every caller waits for the statement holding its rows, so a 202 still means "in the table": there is no
 * window in which an answered batch lives only in memory. Rows from several users share a statement; a
 * failing statement fails all its callers (each answers 500 and its client sends the batch again).
 */
@Injectable()
export class EventWriter implements BeforeApplicationShutdown {
  private readonly waiting: Group[] = [];
  private inFlight = 0;
  private drained: Array<() => void> = [];

  constructor(private readonly events: AnalyticsRepository) {}

  write(rows: EventRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      let group = this.waiting[this.waiting.length - 1];
      if (!group || group.rows.length + rows.length > ROWS_MAX) {
        group = { rows: [], done: [] };
        this.waiting.push(group);
      }
      group.rows.push(...rows);
      group.done.push({ resolve, reject });
      this.pump();
    });
  }

  /** Shutdown waits for the statements under way and the groups gathered, so no caller is left hanging. */
  beforeApplicationShutdown(): Promise<void> {
    if (!this.inFlight && !this.waiting.length) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private pump(): void {
    while (this.inFlight < IN_FLIGHT_MAX && this.waiting.length) {
      const group = this.waiting.shift() as Group;
      this.inFlight += 1;
      this.events.insertBatch(group.rows).then(
        () => group.done.forEach((d) => d.resolve()),
        (error: unknown) => group.done.forEach((d) => d.reject(error)),
      ).finally(() => {
        this.inFlight -= 1;
        this.pump();
        if (!this.inFlight && !this.waiting.length) for (const resolve of this.drained.splice(0)) resolve();
      });
    }
  }
}
