import type { TableColumnType } from 'antd';
import { shortTime } from './window';

/** "title · spec" for an activity on one SKU. */
export const goodsColumn = <T extends { specText: string }>(title: (row: T) => string): TableColumnType<T> => ({
  title: '商品',
  render: (_, row) => `${title(row)}${row.specText ? ` · ${row.specText}` : ''}`,
});

export const windowColumn = <T extends { startsAt: string; endsAt: string }>(): TableColumnType<T> => ({
  title: '时间',
  render: (_, row) => `${shortTime(row.startsAt)} 至 ${shortTime(row.endsAt)}`,
});
