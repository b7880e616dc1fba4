import { api, formatFen, type BargainActivity, type BargainActivityFigures } from '@livemall/shared';
import { call } from '../../../api/call';
import { ActivityList } from '../common/ActivityList';
import { ActivityStatus } from '../common/ActivityStatus';
import { goodsColumn, windowColumn } from '../common/columns';
import { BargainForm } from './BargainForm';

type Row = BargainActivity & { figures?: BargainActivityFigures };

/** The newest 50 activities, each with its bargains' figures (a second, small request). */
async function load(): Promise<Row[]> {
  const page = await call(api.merchantBargainActivities, { query: { limit: 50 } });
  if (!page.items.length) return [];
  const figures = await call(api.merchantBargainFigures, { query: { ids: page.items.map((a) => a.id).join(',') } });
  const byId = new Map(figures.items.map((f) => [f.activityId, f]));
  return page.items.map((a) => ({ ...a, figures: byId.get(a.id) }));
}

export function BargainTab({ active }: { active: boolean }) {
  return (
    <ActivityList<Row>
      id='bg'
      active={active}
      createLabel='新建砍价'
      hint='发起、砍到底价与下单数据每 5 秒刷新'
      emptyText='还没有砍价活动'
      load={load}
      form={(done) => <BargainForm onCreated={done} />}
      columns={({ stop }) => [
        goodsColumn((a) => a.goodsTitle),
        { title: '原价 → 底价', render: (_, a) => `${formatFen(a.originalPriceFen)} → ${formatFen(a.floorPriceFen)}` },
        { title: '帮砍人数', dataIndex: 'helpersNeeded', align: 'right' },
        { title: '时限', render: (_, a) => `${a.timeLimitMinutes} 分钟` },
        windowColumn(),
        { title: '发起', align: 'right', render: (_, a) => <span id={`bg-started-${a.id}`}>{a.figures?.started ?? 0}</span> },
        { title: '砍到底价', align: 'right', render: (_, a) => <span id={`bg-floor-${a.id}`}>{a.figures?.floorReached ?? 0}</span> },
        { title: '已下单', align: 'right', render: (_, a) => a.figures?.ordered ?? 0 },
        { title: '已过期', align: 'right', render: (_, a) => a.figures?.expired ?? 0 },
        { title: '状态', render: (_, a) => <ActivityStatus status={a.status} /> },
        {
          title: '操作',
          render: (_, a) =>
            (a.status === 'active' || a.status === 'scheduled') && stop(a.id, '砍价（已发起的可继续到期）', () => call(api.stopBargainActivity, { params: { id: a.id } })),
        },
      ]}
    />
  );
}
