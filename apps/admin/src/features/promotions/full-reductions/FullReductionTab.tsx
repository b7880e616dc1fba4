import { api, formatFen, type FullReduction } from '@livemall/shared';
import { Table, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/call';
import { ActivityTab } from '../common/ActivityTab';
import { LIVE_FIGURES_MS } from '../common/live';
import { StopButton } from '../common/StopButton';
import { usePolling } from '../common/use-polling';
import { shortTime } from '../common/window';
import { FullReductionForm } from './FullReductionForm';

export function FullReductionTab({ active }: { active: boolean }) {
  const list = usePolling(() => call(api.merchantFullReductions), LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='fr'
      createLabel='新建满减'
      hint='多个满减同时进行时，按减得最多的一档计算'
      error={actionError ?? list.error}
      form={(close) => <FullReductionForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<FullReduction>
        id='fr-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有满减活动' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '档位', render: (_, r) => r.tiers.map((t) => `满 ${formatFen(t.thresholdFen)} 减 ${formatFen(t.amountFen)}`).join('；') },
          { title: '时间', render: (_, r) => `${shortTime(r.startsAt)} 至 ${shortTime(r.endsAt)}` },
          { title: '状态', render: (_, r) => (r.active ? <Tag color='green'>进行中</Tag> : Date.parse(r.startsAt) > Date.now() ? <Tag color='blue'>未开始</Tag> : <Tag>已结束</Tag>) },
          {
            title: '操作',
            render: (_, r) =>
              Date.parse(r.endsAt) > Date.now() && (
                <StopButton
                  id={`fr-stop-${r.id}`}
                  what='满减'
                  stop={() => call(api.stopFullReduction, { params: { id: r.id } })}
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
