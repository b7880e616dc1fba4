import { Controller } from '@nestjs/common';
import { api } from '@livemall/shared';
import { ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PaymentsService } from './payments.service';

/** `POST /orders/:id/pay` belongs to the orders controller (it reads the order first); this is the dev side. */
@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Route(api.confirmDevPayment)
  confirmDev(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.payments.confirmDevAndRead(params.id, user.id);
  }
}
