import { Controller } from '@nestjs/common';
import { api, type SetBirthdayRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UsersService } from './users.service';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Route(api.me)
  me(@CurrentUser() user: AuthUser) {
    return this.users.me(user.id);
  }

  @Route(api.myBirthday)
  birthday(@CurrentUser() user: AuthUser) {
    return this.users.birthday(user.id);
  }

  @Route(api.setBirthday)
  setBirthday(@CurrentUser() user: AuthUser, @ValidBody() body: SetBirthdayRequest) {
    return this.users.setBirthday(user.id, body);
  }
}
