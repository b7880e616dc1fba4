import { Controller } from '@nestjs/common';
import { api, type CreateRedPacketRequest, type PageQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantRedPacketListService } from './merchant-red-packet-list.service';
import { RedPacketsService } from './red-packets.service';

@Controller()
export class MerchantRedPacketsController {
  constructor(
    private readonly packets: RedPacketsService,
    private readonly shopList: MerchantRedPacketListService,
  ) {}

  @Route(api.createRedPacket)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateRedPacketRequest) {
    return this.packets.create(user.id, body);
  }

  @Route(api.roomRedPackets)
  list(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidQuery() query: PageQuery) {
    return this.packets.listForRoom(user.id, params.roomId, query);
  }

  @Route(api.merchantRedPackets)
  listMine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.shopList.list(user.id, query);
  }

  @Route(api.endRedPacket)
  end(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.packets.end(user.id, params.id);
  }
}
