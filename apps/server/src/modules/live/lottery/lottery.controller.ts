import { Controller } from '@nestjs/common';
import { api, type CreateLotteryRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../../common/contract/input.decorator';
import { Route } from '../../../common/contract/route.decorator';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { LotteryService } from './lottery.service';

@Controller()
export class LotteryController {
  constructor(private readonly lotteries: LotteryService) {}

  @Route(api.createLottery)
  create(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }, @ValidBody() body: CreateLotteryRequest) {
    return this.lotteries.create(user.id, params.roomId, body);
  }

  @Route(api.drawLottery)
  draw(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.lotteries.draw(params.id, user.id);
  }

  @Route(api.lottery)
  get(@ValidParams() params: { id: string }) {
    return this.lotteries.get(params.id);
  }

  @Route(api.lotteryEntrants)
  entrants(@ValidParams() params: { id: string }) {
    return this.lotteries.entrants(params.id);
  }
}
