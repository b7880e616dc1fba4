import { DownloadOutlined } from '@ant-design/icons';
import { formatFen, type Order, type OrderStatus } from '@livemall/shared';
import { Alert, Badge, Button, Card, Input, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../api/api-error';
import { useCursorPages } from '../../components/use-cursor-pages';
import { ExportOrdersModal } from './ExportOrdersModal';
import { OrderDrawer } from './OrderDrawer';
import { allOrders, findOrder, ordersPage } from './orders-api';
import { maskName, maskPhone, statusColor, statusText } from './order-words';

const TABS: Array<{ key: string; status: OrderStatus | undefined }> = [
  { key: 'all', status: undefined },
  ...(['pending_payment', 'paid', 'shipped', 'completed', 'cancelled'] as const).map((s) => ({ key: s, status: s })),
];
const PAGE = 20;

/** The shop's orders by state, with a search by number, a detail drawer (ship, refunds) and an export. */
export function OrdersPage() {
  const [tab, setTab] = useState('all');
  const status = TABS.find((t) => t.key === tab)?.status;
  const fetchOrders = useCallback((after: string | undefined) => ordersPage(status, after, PAGE), [status]);
  const { items, setItems, next: cursor, setNext: setCursor, loading, setLoading, error, setError, load } = useCursorPages(fetchOrders);
  const [searched, setSearched] = useState<string | null>(null);
  const [open, setOpen] = useState<Order | null>(null);
  const [exporting, setExporting] = useState(false);

  // A new tab starts a new list; the hook loads it, this clears the search that belonged to the old one.
  useEffect(() => setSearched(null), [status]);

  const search = async (text: string) => {
    const no = text.trim();
    if (!no) {
      setSearched(null);
      return void load();
    }
    setLoading(true);
    setError(null);
    try {
      // Order numbers are unique: an exact hit stops the scan; otherwise every order whose number contains the text.
      const all = await allOrders(status, { until: (orders) => orders.some((o) => o.no === no) });
      const exact = all.filter((o) => o.no === no);
      setItems(exact.length ? exact : all.filter((o) => o.no.includes(no)));
      setCursor(null);
      setSearched(no);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  };

  const changed = (o: Order) => {
    setOpen(o);
    setItems((prev) => prev.map((x) => (x.id === o.id ? o : x)));
  };
  const reload = async (id: string) => {
    try {
      const fresh = await findOrder((o) => o.id === id);
      if (fresh) changed(fresh);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Card
      title='订单'
      extra={
        <Space>
          <Input.Search id='orders-search' allowClear placeholder='按订单号查找' style={{ width: 260 }} onSearch={(v) => void search(v)} enterButton='查找' />
          <Button id='orders-export' icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
            导出 CSV
          </Button>
        </Space>
      }
    >
      <Tabs
        id='orders-tabs'
        activeKey={tab}
        onChange={setTab}
        items={TABS.map((t) => ({ key: t.key, label: <span id={`orders-tab-${t.key}`}>{t.status ? statusText[t.status] : '全部'}</span> }))}
      />
      {error && <Alert id='orders-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      {searched && <Alert type='info' showIcon title={`订单号「${searched}」的查找结果：${items.length} 条`} style={{ marginBottom: 16 }} />}
      <Table<Order>
        id='orders-table'
        rowKey='id'
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: searched ? '没有找到这个订单号' : '这里还没有订单' }}
        onRow={(o) => ({ id: `order-row-${o.no}`, onClick: () => setOpen(o), style: { cursor: 'pointer' } })}
        columns={[
          { title: '订单号', dataIndex: 'no', key: 'no' },
          { title: '买家', key: 'buyer', render: (_, o) => `${maskName(o.address.name)} ${maskPhone(o.address.phone)}` },
          {
            title: '商品',
            key: 'items',
            render: (_, o) => o.items.map((i) => `${i.title}${i.specText ? `（${i.specText}）` : ''} ×${i.quantity}`).join('；'),
          },
          { title: '实付', key: 'total', render: (_, o) => formatFen(o.totalFen) },
          {
            title: '状态',
            key: 'status',
            render: (_, o) => (
              <Space>
                <Tag className='order-status' color={statusColor[o.status]}>
                  {statusText[o.status]}
                </Tag>
                {o.refunds.some((r) => r.status === 'requested') && <Badge status='warning' text='退款待处理' />}
              </Space>
            ),
          },
          { title: '下单时间', key: 'time', render: (_, o) => dayjs(o.createdAt).format('MM-DD HH:mm') },
        ]}
      />
      {cursor && !searched && (
        <Button id='orders-more' block style={{ marginTop: 12 }} loading={loading} onClick={() => void load(cursor)}>
          加载更多
        </Button>
      )}
      <OrderDrawer order={open} onClose={() => setOpen(null)} onChanged={changed} onReload={(id) => void reload(id)} />
      <ExportOrdersModal open={exporting} status={status} onClose={() => setExporting(false)} />
    </Card>
  );
}
