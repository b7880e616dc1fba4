import { Controller } from '@nestjs/common';
import { api, type SaveMemberLevelsRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MembersService } from './members.service';

@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Route(api.memberLevels)
  levels() {
    return this.members.levels();
  }

  @Route(api.saveMemberLevels)
  saveLevels(@ValidBody() body: SaveMemberLevelsRequest) {
    return this.members.saveLevels(body);
  }

  @Route(api.myMemberCard)
  card(@CurrentUser() user: AuthUser) {
    return this.members.card(user.id);
  }
}
