import { Controller } from '@nestjs/common';
import { api, type BindInviterRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { InvitesService } from './invites.service';

@Controller()
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Route(api.myInvite)
  mine(@CurrentUser() user: AuthUser) {
    return this.invites.info(user.id);
  }

  @Route(api.bindInviter)
  bind(@CurrentUser() user: AuthUser, @ValidBody() body: BindInviterRequest) {
    return this.invites.bind(user.id, body.code);
  }
}
