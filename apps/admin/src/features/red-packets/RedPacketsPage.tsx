import { api, formatFen, type MerchantRedPacket } from '@livemall/shared';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/call';
import { useCursorPages } from '../../components/use-cursor-pages';
import { RedPacketDetail } from './RedPacketDetail';
import { StatusTag, typeText } from './status';

const fetchPackets = (cursor: string | undefined) => call(api.merchantRedPackets, { query: { limit: 20, cursor } });

/** Every packet of the shop, newest first, 20 at a time. */
export function RedPacketsPage() {
  const { items: rows, next, loading, error, load } = useCursorPages(fetchPackets);
  const [open, setOpen] = useState<MerchantRedPacket | null>(null);

  return (
    <Card title='红包' extra={<Button id='rp-list-refresh' onClick={() => void load()}>刷新</Button>}>
      {error ? <Alert id='rp-list-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Table<MerchantRedPacket>
        id='rp-list'
        rowKey='id'
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '还没有发过红包' }}
        onRow={(p) => ({ 'data-packet-id': p.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '创建时间', dataIndex: 'createdAt', render: (t: string) => new Date(t).toLocaleString('zh-CN') },
          { title: '祝福语', dataIndex: 'slogan', ellipsis: true },
          { title: '类型', dataIndex: 'type', render: (t: MerchantRedPacket['type']) => typeText[t] },
          { title: '状态', dataIndex: 'status', render: (s: MerchantRedPacket['status']) => <StatusTag status={s} /> },
          { title: '总金额', dataIndex: 'totalAmount', align: 'right', render: (a: number) => formatFen(a) },
          { title: '剩余', key: 'remaining', align: 'right', render: (_, p) => `${formatFen(p.remainingAmount)} / ${p.remainingCount} 个` },
          { title: '已领', key: 'grabs', align: 'right', render: (_, p) => <span className='rp-row-grabs'>{`${p.grabbedCount}/${p.totalCount} 个 · ${formatFen(p.grabbedAmount)}`}</span> },
          { title: '手气最佳', key: 'luckiest', render: (_, p) => (p.luckiest ? `${p.luckiest.nickname} ${formatFen(p.luckiest.amount)}` : '—') },
          { title: '退回', dataIndex: 'refundedAmount', align: 'right', render: (a: number) => <span className='rp-row-refunded'>{formatFen(a)}</span> },
          {
            title: '',
            key: 'open',
            render: (_, p) => (
              <Button type='link' className='rp-row-open' onClick={() => setOpen(p)}>
                详情
              </Button>
            ),
          },
        ]}
      />
      {next ? (
        <Space style={{ marginTop: 16 }}>
          <Button id='rp-list-more' onClick={() => void load(next)} loading={loading}>
            加载更多
          </Button>
        </Space>
      ) : rows.length > 0 ? (
        <Typography.Paragraph type='secondary' style={{ marginTop: 16 }}>
          共 {rows.length} 个红包
        </Typography.Paragraph>
      ) : null}
      <RedPacketDetail packet={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
