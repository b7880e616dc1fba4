import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '../../common/clock/clock';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsService } from './analytics.service';
import { EventWriter } from './event-writer';

/** Event tracking ingest: batches from the client tracker into the append-only `analytics_events`. */
@Module({
  controllers: [AnalyticsController],
  providers: [AnalyticsRepository, EventWriter, AnalyticsService, { provide: CLOCK, useValue: systemClock }],
})
export class AnalyticsModule {}
