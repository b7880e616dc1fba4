import type { ReactNode } from 'react';
import { VideoCameraOutlined } from '@ant-design/icons';
import { LivePanelPage } from '../features/rooms/LivePanelPage';
import { RoomsPage } from '../features/rooms/RoomsPage';

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
  { path: '/rooms', label: '直播间', icon: <VideoCameraOutlined />, element: <RoomsPage /> },
  { path: '/rooms/:roomId/live', label: '直播控制台', element: <LivePanelPage />, hidden: true },
];
