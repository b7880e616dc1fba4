import { Controller } from '@nestjs/common';
import { api, type CheckoutRequest, type CreateOrderRequest, type OrderListQuery, type RequestRefundRequest } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CheckoutService } from './checkout.service';
import { OrdersService } from './orders.service';

@Controller()
export class OrdersController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly orders: OrdersService,
  ) {}

  @Route(api.checkoutQuote)
  @RateLimit('checkout')
  quote(@CurrentUser() user: AuthUser, @ValidBody() body: CheckoutRequest) {
    return this.checkout.quote(user.id, body);
  }

  @Route(api.createOrder)
  @RateLimit('checkout')
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateOrderRequest) {
    return this.checkout.create(user.id, body);
  }

  @Route(api.myOrders)
  list(@CurrentUser() user: AuthUser, @ValidQuery() query: OrderListQuery) {
    return this.orders.list(user.id, query);
  }

  @Route(api.order)
  get(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.orders.get(user.id, params.id);
  }

  @Route(api.cancelOrder)
  cancel(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.orders.cancel(user.id, params.id);
  }

  @Route(api.payOrder)
  @RateLimit('checkout')
  pay(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.orders.pay(user.id, params.id);
  }

  @Route(api.confirmReceipt)
  confirm(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }) {
    return this.orders.confirm(user.id, params.id);
  }

  @Route(api.requestRefund)
  refund(@CurrentUser() user: AuthUser, @ValidParams() params: { id: string }, @ValidBody() body: RequestRefundRequest) {
    return this.orders.requestRefund(user.id, params.id, body);
  }
}
