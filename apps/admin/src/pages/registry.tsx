import { BarChartOutlined, CrownOutlined, CustomerServiceOutlined, ExperimentOutlined, GiftOutlined, ReadOutlined, RedEnvelopeOutlined, ShopOutlined, UnorderedListOutlined, VideoCameraOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ContentPage } from '../features/content/ContentPage';
import { ShopDashboardPage } from '../features/dashboards/ShopDashboardPage';
import { RoomDashboardPage } from '../features/dashboards/RoomDashboardPage';
import { ExperimentsPage } from '../features/experiments/ExperimentsPage';
import { GoodsEditorPage } from '../features/goods/GoodsEditorPage';
import { GoodsListPage } from '../features/goods/GoodsListPage';
import { MembersPage } from '../features/members/MembersPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { PromotionsPage } from '../features/promotions/PromotionsPage';
import { RedPacketPanel, RedPacketSendPage, RedPacketsPage } from '../features/red-packets';
import { LivePanelPage } from '../features/rooms/LivePanelPage';
import { RoomsPage } from '../features/rooms/RoomsPage';
import { SupportPage } from '../features/support/SupportPage';

/** One screen of the console: its path under /admin, its menu entry, and who may open it. */
export interface ConsolePage {
  path: string;
  label: string;
  icon?: ReactNode;
  element: ReactNode;
  /** Assistants (场控) run the room; money, goods and settings are the owner's. */
  ownerOnly?: boolean;
  /** Routes reached from another screen (e.g. a room's control panel) stay out of the menu. */
  hidden?: boolean;
}

/** Every screen, in menu order. A feature adds its pages here (one line per page). */
export const consolePages: ConsolePage[] = [
  { path: '/dashboard', label: '数据看板', icon: <BarChartOutlined />, element: <ShopDashboardPage />, ownerOnly: true },
  { path: '/dashboard/rooms/:roomId', label: '直播间数据', element: <RoomDashboardPage />, ownerOnly: true, hidden: true },
  { path: '/rooms', label: '直播间', icon: <VideoCameraOutlined />, element: <RoomsPage /> },
  // The host's desk during a stream; the red-packet card is the owner's (the panel hides it from assistants).
  { path: '/rooms/:roomId/live', label: '直播控制台', element: <LivePanelPage redPacketSlot={(roomId) => <RedPacketPanel roomId={roomId} />} />, hidden: true },
  { path: '/red-packets', label: '红包', icon: <RedEnvelopeOutlined />, element: <RedPacketsPage />, ownerOnly: true },
  { path: '/red-packets/send/:roomId', label: '发红包', element: <RedPacketSendPage />, ownerOnly: true, hidden: true },
  { path: '/goods', label: '商品', icon: <ShopOutlined />, element: <GoodsListPage />, ownerOnly: true },
  { path: '/goods/:id', label: '编辑商品', element: <GoodsEditorPage />, ownerOnly: true, hidden: true },
  { path: '/orders', label: '订单', icon: <UnorderedListOutlined />, element: <OrdersPage />, ownerOnly: true },
  { path: '/promotions', label: '营销活动', icon: <GiftOutlined />, element: <PromotionsPage />, ownerOnly: true },
  { path: '/members', label: '会员与积分', icon: <CrownOutlined />, element: <MembersPage />, ownerOnly: true },
  { path: '/experiments', label: 'A/B 实验', icon: <ExperimentOutlined />, element: <ExperimentsPage />, ownerOnly: true },
  { path: '/support', label: '客服', icon: <CustomerServiceOutlined />, element: <SupportPage /> },
  { path: '/content', label: '种草内容', icon: <ReadOutlined />, element: <ContentPage />, ownerOnly: true },
];
