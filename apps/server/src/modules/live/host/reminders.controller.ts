import { Controller } from '@nestjs/common';
import { api } from '@livemall/shared';
import { ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { RemindersService } from './reminders.service';

@Controller()
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Route(api.remindMe)
  remind(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.reminders.remind(user.id, params.roomId);
  }

  @Route(api.cancelReminder)
  cancel(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.reminders.cancel(user.id, params.roomId);
  }

  @Route(api.myReminders)
  mine(@CurrentUser() user: AuthUser) {
    return this.reminders.mine(user.id);
  }
}
