import { Controller } from '@nestjs/common';
import { api, type PageQuery, type TopUpRequest } from '@livemall/shared';
import { ValidBody, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { WalletService } from './wallet.service';

@Controller()
export class WalletController {
  constructor(private readonly wallets: WalletService) {}

  @Route(api.topUpMerchant)
  topUp(@ValidBody() body: TopUpRequest) {
    return this.wallets.topUp(body);
  }

  @Route(api.myWallet)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.wallets.myWallet(user.id, query);
  }

  @Route(api.merchantWallet)
  merchant(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.wallets.merchantWallet(user.id, query);
  }
}
