import type { RoomDashboard, ShopDashboard } from '@livemall/shared';
import { DASHBOARD_TIME_ZONE } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { MerchantsRepository } from '../merchants/merchants.repository';
import { dashboardErrors } from './dashboards.errors';
import { RoomDashboardRepository } from './room-dashboard.repository';
import { ShopDashboardRepository } from './shop-dashboard.repository';
import { bps, checkShopRange, floorDiv, roomWindow } from './window';

const TOP_GOODS = 10;

/**
 * Dashboards for the shop's owner only. Assistants (场控) run a room's floor but are not shown its sales,
 * so another shop's room — or an assistant asking — answers as if the room did not exist.
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly merchants: MerchantsRepository,
    private readonly rooms: RoomDashboardRepository,
    private readonly shops: ShopDashboardRepository,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchant = await this.merchants.findByOwner(userId);
    if (!merchant) throw dashboardErrors.notAMerchant();
    return merchant.id;
  }

  async room(userId: string, roomId: string, asked: { from?: string; to?: string }): Promise<RoomDashboard> {
    const merchantId = await this.merchantOf(userId);
    const room = await this.rooms.room(roomId);
    if (!room || room.merchantId !== merchantId) throw dashboardErrors.roomNotFound();
    const { from, to } = roomWindow(room, asked, new Date());
    const [t, packets, series] = await Promise.all([
      this.rooms.totals(roomId, merchantId, from, to),
      this.rooms.packets(roomId, from, to),
      this.rooms.series(roomId, merchantId, from, to),
    ]);
    const online = series.map((m) => m.online);
    return {
      roomId,
      from: from.toISOString(),
      to: to.toISOString(),
      viewers: t.viewers,
      peakOnline: Math.max(0, ...online),
      avgOnline: floorDiv(online.reduce((a, b) => a + b, 0), online.length),
      totalWatchMs: t.totalWatchMs,
      avgWatchMs: floorDiv(t.totalWatchMs, t.viewers),
      commenters: t.commenters,
      comments: t.comments,
      likers: t.likers,
      likes: t.likes,
      interactors: t.interactors,
      interactionRateBps: bps(t.interactors, t.viewers),
      productClicks: t.productClicks,
      productClickers: t.productClickers,
      cartAdds: t.cartAdds,
      cartUnits: t.cartUnits,
      ordersCreated: t.ordersCreated,
      orders: t.orders,
      gmvFen: t.gmvFen,
      refundedFen: t.refundedFen,
      payingViewers: t.payingViewers,
      conversionRateBps: bps(t.payingViewers, t.viewers),
      redPackets: packets,
      coupons: { claimed: t.couponsClaimed, used: t.couponsUsed },
      series: series.map((m) => ({ ...m, minute: m.minute.toISOString() })),
    };
  }

  async shop(userId: string, from: string, to: string): Promise<ShopDashboard> {
    const merchantId = await this.merchantOf(userId);
    checkShopRange(from, to);
    const [t, topGoods, days] = await Promise.all([
      this.shops.totals(merchantId, from, to),
      this.shops.topGoods(merchantId, from, to, TOP_GOODS),
      this.shops.days(merchantId, from, to),
    ]);
    return {
      from,
      to,
      timeZone: DASHBOARD_TIME_ZONE,
      orders: t.orders,
      gmvFen: t.gmvFen,
      refundedFen: t.refundedFen,
      netFen: t.gmvFen - t.refundedFen,
      avgOrderFen: floorDiv(t.gmvFen, t.orders),
      buyers: t.buyers,
      repeatBuyers: t.repeatBuyers,
      repurchaseRateBps: bps(t.repeatBuyers, t.buyers),
      newBuyers: t.newBuyers,
      returningBuyers: t.buyers - t.newBuyers,
      topGoods,
      funnel: { viewed: t.viewed, carted: t.carted, ordered: t.ordered, paid: t.paid },
      days,
    };
  }
}
