import type { RedPacketStatus } from '@livemall/shared';
import { Tag } from 'antd';

const words: Record<RedPacketStatus, [string, string]> = {
  scheduled: ['未开始', 'default'],
  active: ['进行中', 'processing'],
  finished: ['已抢完', 'success'],
  expired: ['已结束', 'warning'],
};

export const isOver = (s: RedPacketStatus) => s === 'finished' || s === 'expired';

export function StatusTag({ status }: { status: RedPacketStatus }) {
  const [text, color] = words[status];
  return <Tag color={color}>{text}</Tag>;
}

export const typeText = { lucky: '拼手气', equal: '普通' } as const;
