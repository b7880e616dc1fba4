import { Controller } from '@nestjs/common';
import { api, type TrackBatchRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnalyticsService } from './analytics.service';

@Controller()
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Route(api.trackEvents)
  track(@CurrentUser() user: AuthUser, @ValidBody() body: TrackBatchRequest) {
    return this.analytics.ingest(user.id, body);
  }
}
