import { Injectable } from '@nestjs/common';
import { type AddToCartRequest, type Cart, MAX_LINE_QUANTITY, type UpdateCartItemRequest } from '@livemall/shared';
import { CartRepository } from './cart.repository';
import { orderErrors } from './orders.errors';
import { SkuRepository } from './sku.repository';

/** The cart keeps SKUs and quantities; each read shows today's price, stock and availability. */
@Injectable()
export class CartService {
  constructor(
    private readonly carts: CartRepository,
    private readonly skus: SkuRepository,
  ) {}

  async get(userId: string): Promise<Cart> {
    const lines = await this.carts.lines(userId);
    const skus = await this.skus.find(lines.map((l) => l.skuId));
    const items = lines.flatMap((l) => {
      const s = skus.get(l.skuId);
      if (!s) return [];
      const { skuId: _id, ...sku } = s;
      return [{ skuId: l.skuId, ...sku, quantity: Math.min(l.quantity, MAX_LINE_QUANTITY), selected: l.selected }];
    });
    return { items };
  }

  async add(userId: string, body: AddToCartRequest): Promise<Cart> {
    const sku = (await this.skus.find([body.skuId])).get(body.skuId);
    if (!sku) throw orderErrors.skuNotFound(body.skuId);
    if (!sku.available) throw orderErrors.offShelf(body.skuId);
    await this.carts.add(userId, body.skuId, body.quantity, MAX_LINE_QUANTITY);
    return this.get(userId);
  }

  async update(userId: string, skuId: string, body: UpdateCartItemRequest): Promise<Cart> {
    if (!(await this.carts.update(userId, skuId, body))) throw orderErrors.skuNotFound(skuId);
    return this.get(userId);
  }

  async remove(userId: string, skuId: string): Promise<Cart> {
    await this.carts.remove(userId, [skuId]);
    return this.get(userId);
  }
}
