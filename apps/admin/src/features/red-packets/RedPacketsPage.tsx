import { api, formatFen, type MerchantRedPacket } from '@livemall/shared';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { RedPacketDetail } from './RedPacketDetail';
import { StatusTag, typeText } from './status';

/** Every packet of the shop, newest first, 20 at a time. */
export function RedPacketsPage() {
  const [rows, setRows] = useState<MerchantRedPacket[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<MerchantRedPacket | null>(null);

  const load = useCallback(async (cursor?: string) => {
    setLoading(true);
    setError(null);
    try {
      const page = await call(api.merchantRedPackets, { query: { limit: 20, cursor } });
      setRows((known) => (cursor ? [...known, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

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
