import { api, type Order, type OrderStatus } from '@livemall/shared';
import { call } from '../../api/call';
import { collectPages, type CollectOptions } from '../goods/collect-pages';

export const ordersPage = (status: OrderStatus | undefined, cursor: string | undefined, limit = 50) => call(api.merchantOrders, { query: { status, cursor, limit } });

/** Every order of a filter, page after page (the list route is the only way to read orders). */
export const allOrders = (status: OrderStatus | undefined, options: CollectOptions<Order> = {}) => collectPages((cursor) => ordersPage(status, cursor), options);

/**
 * One order by number or id. The merchant routes have no search, so the shop's list is followed until it
 * turns up; fine for a shop's volume, and documented as a limit.
 */
export async function findOrder(match: (o: Order) => boolean): Promise<Order | null> {
  const all = await allOrders(undefined, { until: (items) => items.some(match) });
  return all.find(match) ?? null;
}
