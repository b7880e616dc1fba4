import { Controller } from '@nestjs/common';
import { api, type BanViewerRequest, type MuteViewerRequest, type PushProductRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { RoomService } from './room.service';

@Controller()
export class RoomController {
  constructor(private readonly room: RoomService) {}

  @Route(api.liveRoom)
  detail(@ValidParams() params: { roomId: string }) {
    return this.room.detail(params.roomId);
  }

  @Route(api.pushProduct)
  push(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: PushProductRequest) {
    return this.room.pushProduct(user.id, params.roomId, body);
  }

  @Route(api.muteViewer)
  mute(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: MuteViewerRequest) {
    return this.room.mute(user.id, params.roomId, body);
  }

  @Route(api.deleteComment)
  deleteComment(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string; commentId: string }) {
    return this.room.deleteComment(user.id, params.roomId, params.commentId);
  }

  @Route(api.banViewer)
  ban(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: BanViewerRequest) {
    return this.room.ban(user.id, params.roomId, body);
  }
}
