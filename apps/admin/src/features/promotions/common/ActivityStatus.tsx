import { Tag } from 'antd';

const looks: Record<string, { text: string; color?: string }> = {
  upcoming: { text: '未开始', color: 'blue' },
  scheduled: { text: '未开始', color: 'blue' },
  active: { text: '进行中', color: 'green' },
  live: { text: '进行中', color: 'green' },
  stopped: { text: '已停止' },
  ended: { text: '已结束' },
};

/** Every activity's status, one set of words (the features name the same states differently). */
export function ActivityStatus({ status }: { status: string }) {
  const look = looks[status] ?? { text: status };
  return <Tag color={look.color}>{look.text}</Tag>;
}
