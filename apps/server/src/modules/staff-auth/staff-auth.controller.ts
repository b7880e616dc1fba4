import { Controller } from '@nestjs/common';
import { api, type SetStaffPasswordRequest, type StaffLoginRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { StaffAuthService } from './staff-auth.service';

@Controller()
export class StaffAuthController {
  constructor(private readonly staffAuth: StaffAuthService) {}

  @Route(api.staffLogin)
  @RateLimit('login')
  login(@ValidBody() body: StaffLoginRequest) {
    return this.staffAuth.login(body);
  }

  @Route(api.consoleMe)
  me(@CurrentUser() user: AuthUser) {
    return this.staffAuth.me(user.id);
  }

  @Route(api.setConsolePassword)
  setPassword(@CurrentUser() user: AuthUser, @ValidBody() body: SetStaffPasswordRequest) {
    return this.staffAuth.setPassword(user.id, body);
  }
}
