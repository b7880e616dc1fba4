import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Jobs } from '../../../jobs/jobs';
import { SCHEDULED_PUSH_QUEUE, SchedulesService } from './schedules.service';

/** At start-up: re-send the jobs of pending pushes (a job may have been lost between insert and send), then work the queue. */
@Injectable()
export class ScheduledPushRunner implements OnApplicationBootstrap {
  private readonly log = new Logger('ScheduledPushes');

  constructor(
    private readonly schedules: SchedulesService,
    private readonly jobs: Jobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const rearmed = await this.schedules.rearm();
    if (rearmed) this.log.log(`re-sent the jobs of ${rearmed} pending scheduled pushes`);
    await this.jobs.work<{ scheduleId: string }>(SCHEDULED_PUSH_QUEUE, async ({ scheduleId }) => {
      await this.schedules.run(scheduleId);
    });
  }
}
