import { Controller } from '@nestjs/common';
import { api } from '@livemall/shared';
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
}
