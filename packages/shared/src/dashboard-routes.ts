import { defineRoute } from './contract';
import { roomDashboardParamsSchema, roomDashboardQuerySchema, roomDashboardSchema, shopDashboardQuerySchema, shopDashboardSchema } from './dashboard';

/** Merchant dashboards: read-only figures for the shop's owner. */
export const dashboardRoutes = {
  roomDashboard: defineRoute({
    method: 'GET',
    path: '/merchant/dashboards/rooms/:roomId',
    tag: 'dashboards',
    summary: "A live room's figures (viewers, online, watch time, interaction, clicks, orders, GMV, red packets, coupons) and a minute-by-minute series",
    access: ['merchant'],
    params: roomDashboardParamsSchema,
    query: roomDashboardQuerySchema,
    response: roomDashboardSchema,
    errors: ['NOT_A_MERCHANT', 'ROOM_NOT_FOUND', 'DASHBOARD_RANGE_INVALID', 'DASHBOARD_RANGE_TOO_LONG'],
  }),
  shopDashboard: defineRoute({
    method: 'GET',
    path: '/merchant/dashboards/shop',
    tag: 'dashboards',
    summary: "The shop's figures for a date range (Asia/Shanghai days, both ends included): GMV, orders, AOV, repurchase, new vs returning buyers, top goods, funnel, days",
    access: ['merchant'],
    query: shopDashboardQuerySchema,
    response: shopDashboardSchema,
    errors: ['NOT_A_MERCHANT', 'DASHBOARD_RANGE_INVALID', 'DASHBOARD_RANGE_TOO_LONG'],
  }),
} as const;
