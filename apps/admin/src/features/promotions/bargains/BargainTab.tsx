import { api, formatFen, type BargainActivity } from '@livemall/shared';
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

export function BargainTab({ active }: { active: boolean }) {
  const list = usePolling(() => call(api.merchantBargainActivities, { query: { limit: 50 } }), LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='bg'
      createLabel='新建砍价'
      error={actionError ?? list.error}
      form={(close) => <BargainForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<BargainActivity>
        id='bg-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有砍价活动' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '商品', render: (_, a) => `${a.goodsTitle}${a.specText ? ` · ${a.specText}` : ''}` },
          { title: '原价 → 底价', render: (_, a) => `${formatFen(a.originalPriceFen)} → ${formatFen(a.floorPriceFen)}` },
          { title: '帮砍人数', dataIndex: 'helpersNeeded', align: 'right' },
          { title: '时限', render: (_, a) => `${a.timeLimitMinutes} 分钟` },
          { title: '时间', render: (_, a) => `${shortTime(a.startsAt)} 至 ${shortTime(a.endsAt)}` },
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
