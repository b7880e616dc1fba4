import { api, formatFen, type BargainActivity, type BargainActivityFigures } from '@livemall/shared';
import { Table } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/call';
import { ActivityStatus } from '../common/ActivityStatus';
import { ActivityTab } from '../common/ActivityTab';
import { LIVE_FIGURES_MS } from '../common/live';
import { StopButton } from '../common/StopButton';
import { usePolling } from '../common/use-polling';
import { shortTime } from '../common/window';
import { BargainForm } from './BargainForm';

type Row = BargainActivity & { figures?: BargainActivityFigures };

/** The newest 50 activities, each with its bargains' figures (a second, small request). */
async function activitiesWithFigures(): Promise<Row[]> {
  const page = await call(api.merchantBargainActivities, { query: { limit: 50 } });
  if (!page.items.length) return [];
  const figures = await call(api.merchantBargainFigures, { query: { ids: page.items.map((a) => a.id).join(',') } });
  const byId = new Map(figures.items.map((f) => [f.activityId, f]));
  return page.items.map((a) => ({ ...a, figures: byId.get(a.id) }));
}

export function BargainTab({ active }: { active: boolean }) {
  const list = usePolling(activitiesWithFigures, LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='bg'
      createLabel='新建砍价'
      hint='发起、砍到底价与下单数据每 5 秒刷新'
      error={actionError ?? list.error}
      form={(close) => <BargainForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<Row>
        id='bg-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有砍价活动' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '商品', render: (_, a) => `${a.goodsTitle}${a.specText ? ` · ${a.specText}` : ''}` },
          { title: '原价 → 底价', render: (_, a) => `${formatFen(a.originalPriceFen)} → ${formatFen(a.floorPriceFen)}` },
          { title: '帮砍人数', dataIndex: 'helpersNeeded', align: 'right' },
          { title: '时限', render: (_, a) => `${a.timeLimitMinutes} 分钟` },
          { title: '时间', render: (_, a) => `${shortTime(a.startsAt)} 至 ${shortTime(a.endsAt)}` },
          { title: '发起', align: 'right', render: (_, a) => <span id={`bg-started-${a.id}`}>{a.figures?.started ?? 0}</span> },
          { title: '砍到底价', align: 'right', render: (_, a) => <span id={`bg-floor-${a.id}`}>{a.figures?.floorReached ?? 0}</span> },
          { title: '已下单', align: 'right', render: (_, a) => a.figures?.ordered ?? 0 },
          { title: '已过期', align: 'right', render: (_, a) => a.figures?.expired ?? 0 },
          { title: '状态', render: (_, a) => <ActivityStatus status={a.status} /> },
          {
            title: '操作',
            render: (_, a) =>
              (a.status === 'active' || a.status === 'scheduled') && (
                <StopButton
                  id={`bg-stop-${a.id}`}
                  what='砍价（已发起的可继续到期）'
                  stop={() => call(api.stopBargainActivity, { params: { id: a.id } })}
                  done={() => (setActionError(null), void list.reload())}
                  failed={setActionError}
                />
              ),
          },
        ]}
      />
    </ActivityTab>
  );
}
