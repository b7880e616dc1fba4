import { Controller } from '@nestjs/common';
import { api, type CreateLiveRoomRequest, type PageQuery, type UpdateLiveRoomRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { HostRoomsService } from './host-rooms.service';

@Controller()
export class HostRoomsController {
  constructor(private readonly rooms: HostRoomsService) {}

  @Route(api.createRoom)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateLiveRoomRequest) {
    return this.rooms.create(user.id, body);
  }

  @Route(api.myRooms)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.rooms.mine(user.id, query);
  }

  @Route(api.hostRoom)
  get(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.rooms.get(user.id, params.roomId);
  }

  @Route(api.updateRoom)
  update(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: UpdateLiveRoomRequest) {
    return this.rooms.update(user.id, params.roomId, body);
  }

  @Route(api.startRoom)
  start(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.rooms.start(user.id, params.roomId);
  }

  @Route(api.endRoom)
  end(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.rooms.end(user.id, params.roomId);
  }
}
