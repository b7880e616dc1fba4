import { CustomerServiceOutlined, GiftOutlined, ReadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ContentPage } from '../features/content/ContentPage';
import { PromotionsPage } from '../features/promotions/PromotionsPage';
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
  { path: '/promotions', label: '营销活动', icon: <GiftOutlined />, element: <PromotionsPage />, ownerOnly: true },
  { path: '/support', label: '客服', icon: <CustomerServiceOutlined />, element: <SupportPage /> },
  { path: '/content', label: '种草内容', icon: <ReadOutlined />, element: <ContentPage />, ownerOnly: true },
];
