import { Controller } from '@nestjs/common';
import { api, type SchedulePushRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { SchedulesService } from './schedules.service';

@Controller()
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Route(api.schedulePush)
  create(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: SchedulePushRequest) {
    return this.schedules.create(user.id, params.roomId, body);
  }

  @Route(api.roomSchedules)
  list(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.schedules.ofRoom(user.id, params.roomId);
  }

  @Route(api.cancelSchedule)
  cancel(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.schedules.cancel(user.id, params.id);
  }
}
