import { api } from '@livemall/shared';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { call } from '../../api/call';
import { EChart } from './EChart';
import { KpiGrid } from './KpiGrid';
import { beijingTime } from './figures';
import { roomKpis } from './room-kpis';
import { roomMinutesOption } from './room-options';
import { useRemote } from './use-remote';

/** One live room over its whole window (start to end, or now while live): figures and the minute series. */
export function RoomDashboardPage() {
  const { roomId = '' } = useParams();
  const navigate = useNavigate();
  const room = useRemote(`room:${roomId}`, () => call(api.hostRoom, { params: { roomId } }));
  const figures = useRemote(`figures:${roomId}`, () => call(api.roomDashboard, { params: { roomId } }));
  const d = figures.data;
  const option = useMemo(() => (d && d.series.length > 0 ? roomMinutesOption(d.series) : null), [d]);

  return (
    <Space orientation='vertical' size='large' style={{ width: '100%' }}>
      <Space>
        <Button id='room-dashboard-back' onClick={() => navigate('/dashboard')}>
          返回店铺数据
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} id='room-dashboard-title'>
          {room.data ? `直播间：${room.data.title}` : '直播间数据'}
        </Typography.Title>
        <Button id='room-dashboard-reload' onClick={figures.reload} loading={figures.loading}>
          刷新
        </Button>
      </Space>
      {d && (
        <Typography.Text type='secondary'>
          统计区间（北京时间）{beijingTime(d.from)} – {beijingTime(d.to)}；订单按观众归因，点击与点赞来自埋点，是下限。
        </Typography.Text>
      )}
      {figures.error && <Alert id='room-dashboard-error' type='error' showIcon title={figures.error} />}
      {(d || figures.loading) && <KpiGrid loading={!d} items={d ? roomKpis(d) : []} />}
      <Card title='分钟趋势' size='small'>
        {option ? <EChart id='room-dashboard-chart' option={option} height={360} /> : <Empty description={figures.loading ? '加载中…' : '直播还没开始，暂无分钟数据'} />}
      </Card>
    </Space>
  );
}
