import { RedEnvelopeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { RedPacketSendPage, RedPacketsPage } from '../features/red-packets';

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
  { path: '/red-packets', label: '红包', icon: <RedEnvelopeOutlined />, element: <RedPacketsPage />, ownerOnly: true },
  { path: '/red-packets/send/:roomId', label: '发红包', element: <RedPacketSendPage />, ownerOnly: true, hidden: true },
];
