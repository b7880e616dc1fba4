import { Controller } from '@nestjs/common';
import { api, type BuyBargainRequest, type PageQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OptionalUser } from '../auth/current-user.decorator';
import { BargainCheckoutService } from './bargain-checkout.service';
import { BargainHelpService } from './bargain-help.service';
import { BargainsService } from './bargains.service';

@Controller()
export class BargainsController {
  constructor(
    private readonly bargains: BargainsService,
    private readonly helping: BargainHelpService,
    private readonly checkout: BargainCheckoutService,
  ) {}

  @Route(api.bargainActivity)
  activity(@ValidParams() params: { id: string }) {
    return this.bargains.activity(params.id);
  }

  @Route(api.startBargain)
  start(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.bargains.start(user.id, params.id);
  }

  @Route(api.bargain)
  get(@ValidParams() params: { id: string }, @OptionalUser() viewer: AuthUser | undefined) {
    return this.bargains.get(params.id, viewer?.id);
  }

  @Route(api.helpBargain)
  help(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.helping.help(user.id, params.id);
  }

  @Route(api.buyBargain)
  buy(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: BuyBargainRequest) {
    return this.checkout.buy(user.id, params.id, body);
  }

  @Route(api.myBargains)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.bargains.mine(user.id, query);
  }
}
