import { Controller } from '@nestjs/common';
import { type AddressInput, api } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AddressesService } from './addresses.service';

@Controller()
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Route(api.addresses)
  list(@CurrentUser() user: AuthUser) {
    return this.addresses.list(user.id);
  }

  @Route(api.createAddress)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: AddressInput) {
    return this.addresses.create(user.id, body);
  }

  @Route(api.updateAddress)
  update(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: AddressInput) {
    return this.addresses.update(user.id, params.id, body);
  }

  @Route(api.deleteAddress)
  remove(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.addresses.remove(user.id, params.id);
  }
}
