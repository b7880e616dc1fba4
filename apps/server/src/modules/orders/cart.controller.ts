import { Controller } from '@nestjs/common';
import { type AddToCartRequest, api, type UpdateCartItemRequest } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CartService } from './cart.service';

@Controller()
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Route(api.cart)
  get(@CurrentUser() user: AuthUser) {
    return this.cart.get(user.id);
  }

  @Route(api.addToCart)
  add(@CurrentUser() user: AuthUser, @ValidBody() body: AddToCartRequest) {
    return this.cart.add(user.id, body);
  }

  @Route(api.updateCartItem)
  update(@CurrentUser() user: AuthUser, @ValidParams() params: { skuId: string }, @ValidBody() body: UpdateCartItemRequest) {
    return this.cart.update(user.id, params.skuId, body);
  }

  @Route(api.removeCartItem)
  remove(@CurrentUser() user: AuthUser, @ValidParams() params: { skuId: string }) {
    return this.cart.remove(user.id, params.skuId);
  }
}
