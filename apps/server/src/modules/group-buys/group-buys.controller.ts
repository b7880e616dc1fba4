import { Controller } from '@nestjs/common';
import { api, type GroupOrderRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { GroupBuysService } from './group-buys.service';
import { GroupJoinService } from './group-join.service';

@Controller()
export class GroupBuysController {
  constructor(
    private readonly groupBuys: GroupBuysService,
    private readonly joins: GroupJoinService,
  ) {}

  @Route(api.groupBuys)
  list() {
    return this.groupBuys.list();
  }

  @Route(api.groupBuy)
  detail(@ValidParams() params: { id: string }) {
    return this.groupBuys.detail(params.id);
  }

  @Route(api.startGroup)
  start(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: GroupOrderRequest) {
    return this.joins.start(user.id, params.id, body);
  }

  @Route(api.group)
  group(@ValidParams() params: { id: string }) {
    return this.groupBuys.group(params.id);
  }

  @Route(api.joinGroup)
  join(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: GroupOrderRequest) {
    return this.joins.join(user.id, params.id, body);
  }

  @Route(api.groupShareCard)
  share(@ValidParams() params: { id: string }) {
    return this.groupBuys.shareCard(params.id);
  }

  @Route(api.myNotices)
  notices(@CurrentUser() user: AuthUser) {
    return this.groupBuys.myNotices(user.id);
  }
}
