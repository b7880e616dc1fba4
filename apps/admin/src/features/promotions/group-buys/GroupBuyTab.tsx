import { api, formatFen, type MerchantGroupBuy } from '@livemall/shared';
import { Table } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/call';
import { ActivityTab } from '../common/ActivityTab';
import { ActivityStatus } from '../common/ActivityStatus';
import { LIVE_FIGURES_MS } from '../common/live';
import { StopButton } from '../common/StopButton';
import { usePolling } from '../common/use-polling';
import { shortTime } from '../common/window';
import { GroupBuyForm } from './GroupBuyForm';

export function GroupBuyTab({ active }: { active: boolean }) {
  const list = usePolling(() => call(api.merchantGroupBuys), LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='gb'
      createLabel='新建拼团'
      hint='成团数据每 5 秒刷新'
      error={actionError ?? list.error}
      form={(close) => <GroupBuyForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<MerchantGroupBuy>
        id='gb-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有拼团活动' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '商品', render: (_, a) => `${a.title}${a.specText ? ` · ${a.specText}` : ''}` },
          { title: '拼团价 / 原价', render: (_, a) => `${formatFen(a.groupPriceFen)} / ${formatFen(a.normalPriceFen)}` },
          { title: '人数 · 时限', render: (_, a) => `${a.groupSize} 人 · ${a.timeLimitMinutes} 分钟` },
          { title: '时间', render: (_, a) => `${shortTime(a.startsAt)} 至 ${shortTime(a.endsAt)}` },
          { title: '拼团中', align: 'right', render: (_, a) => <span id={`gb-open-${a.id}`}>{a.figures.groupsOpen}</span> },
          { title: '已成团', align: 'right', render: (_, a) => <span id={`gb-succeeded-${a.id}`}>{a.figures.groupsSucceeded}</span> },
          { title: '未成团', align: 'right', render: (_, a) => a.figures.groupsFailed },
          { title: '成交件数', align: 'right', render: (_, a) => `${a.figures.seatsSold}${a.figures.virtualSeats ? `（虚拟 ${a.figures.virtualSeats}）` : ''}` },
          { title: '状态', render: (_, a) => <ActivityStatus status={a.status} /> },
          {
            title: '操作',
            render: (_, a) =>
              (a.status === 'active' || a.status === 'upcoming') && (
                <StopButton
                  id={`gb-stop-${a.id}`}
                  what='拼团（已开的团照常进行）'
                  stop={() => call(api.stopGroupBuy, { params: { id: a.id } })}
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
