import { Controller } from '@nestjs/common';
import { api, type SendGiftRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { GiftsService } from './gifts.service';

@Controller()
export class GiftsController {
  constructor(private readonly gifts: GiftsService) {}

  @Route(api.gifts)
  catalogue() {
    return this.gifts.catalogue();
  }

  @Route(api.sendGift)
  send(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: SendGiftRequest) {
    return this.gifts.send(user.id, params.roomId, body);
  }

  @Route(api.myPoints)
  points(@CurrentUser() user: AuthUser) {
    return this.gifts.myPoints(user.id);
  }
}
