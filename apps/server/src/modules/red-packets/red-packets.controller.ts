import { Controller } from '@nestjs/common';
import { api, type PageQuery } from '@livemall/shared';
import { ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OptionalUser } from '../auth/current-user.decorator';
import { RedPacketsService } from './red-packets.service';

@Controller()
export class RedPacketsController {
  constructor(private readonly packets: RedPacketsService) {}

  @Route(api.redPacket)
  get(@ValidParams() params: { id: string }, @OptionalUser() viewer: AuthUser | undefined) {
    return this.packets.get(params.id, viewer?.id);
  }

  // POST /red-packets/:id/grab is served by grab-fast-lane.ts, outside Nest's pipeline.

  @Route(api.redPacketGrabs)
  grabs(@ValidParams() params: { id: string }, @ValidQuery() query: PageQuery) {
    return this.packets.grabs(params.id, query);
  }

  @Route(api.myGrabs)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.packets.myGrabs(user.id, query);
  }
}
