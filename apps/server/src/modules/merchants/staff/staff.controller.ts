import { Controller } from '@nestjs/common';
import { api } from '@livemall/shared';
import { ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { StaffService } from './staff.service';

@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Route(api.assistants)
  list(@CurrentUser() user: AuthUser) {
    return this.staff.list(user.id);
  }

  @Route(api.addAssistant)
  add(@CurrentUser() user: AuthUser, @ValidParams() params: { userId: string }) {
    return this.staff.add(user.id, params.userId);
  }

  @Route(api.removeAssistant)
  remove(@CurrentUser() user: AuthUser, @ValidParams() params: { userId: string }) {
    return this.staff.remove(user.id, params.userId);
  }

  @Route(api.assisting)
  assisting(@CurrentUser() user: AuthUser) {
    return this.staff.assisting(user.id);
  }
}
