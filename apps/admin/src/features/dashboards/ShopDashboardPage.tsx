import { api, type ShopDashboard } from '@livemall/shared';
import { Alert, Card, Col, DatePicker, Row, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { call } from '../../api/call';
import { EChart } from './EChart';
import { KpiGrid } from './KpiGrid';
import { RoomPicker } from './RoomPicker';
import { lastDays, rangeProblem, type DateRange } from './date-range';
import { fenText } from './figures';
import { funnelOption, shopDaysOption } from './shop-options';
import { shopKpis } from './shop-kpis';
import { useRemote } from './use-remote';

const toRange = (r: DateRange): [Dayjs, Dayjs] => [dayjs(r.from), dayjs(r.to)];
const presets = [7, 30, 90].map((n) => ({ label: `最近 ${n} 天`, value: toRange(lastDays(n)) }));

/** The shop over a date range (Beijing days): headline figures, the daily series, the funnel, top goods. */
export function ShopDashboardPage({ initialRange }: { initialRange?: DateRange }) {
  const [range, setRange] = useState<DateRange>(() => initialRange ?? lastDays(7));
  const problem = rangeProblem(range);
  const key = problem ? null : `${range.from}~${range.to}`;
  const shop = useRemote(key, () => call(api.shopDashboard, { query: range }));
  const data = problem ? null : shop.data;
  const daysOption = useMemo(() => (data ? shopDaysOption(data.days) : null), [data]);
  const funnel = useMemo(() => (data ? funnelOption(data.funnel) : null), [data]);

  return (
    <Space orientation='vertical' size='large' style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          店铺数据
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            id='dashboard-range'
            allowClear={false}
            presets={presets}
            value={toRange(range)}
            onChange={(v) => v?.[0] && v[1] && setRange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          />
          <RoomPicker />
        </Space>
      </Space>
      <Typography.Text type='secondary'>按北京时间自然日统计，首尾两天都包含；金额为已支付订单，退款单独列出。</Typography.Text>
      {problem && <Alert id='dashboard-range-error' type='warning' showIcon title={problem} />}
      {shop.error && !problem && <Alert id='dashboard-error' type='error' showIcon title={shop.error} />}
      {!problem && (
        <>
          <KpiGrid loading={shop.loading && !data} items={data ? shopKpis(data) : placeholders} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title='每日趋势' size='small'>
                {daysOption && <EChart id='dashboard-days-chart' option={daysOption} />}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title='转化漏斗（各步单独计人数）' size='small'>
                {funnel && <EChart id='dashboard-funnel-chart' option={funnel} />}
              </Card>
            </Col>
          </Row>
          <Card title='热销商品 Top 10' size='small'>
            <Table<ShopDashboard['topGoods'][number]>
              id='dashboard-top-goods'
              rowKey='goodsId'
              size='small'
              pagination={false}
              loading={shop.loading}
              dataSource={data?.topGoods ?? []}
              locale={{ emptyText: '这段时间还没有成交的商品' }}
              columns={[
                { title: '排名', key: 'rank', width: 64, render: (_v, _r, i) => i + 1 },
                { title: '商品', dataIndex: 'title' },
                { title: '销量（件）', dataIndex: 'units', align: 'right' },
                { title: '成交额', dataIndex: 'gmvFen', align: 'right', render: (fen: number) => fenText(fen) },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

const placeholders = shopKpis({ gmvFen: 0, netFen: 0, orders: 0, avgOrderFen: 0, refundedFen: 0, buyers: 0, repurchaseRateBps: 0, repeatBuyers: 0, newBuyers: 0, returningBuyers: 0 } as ShopDashboard).map((k) => ({ ...k, value: '-', hint: undefined }));
