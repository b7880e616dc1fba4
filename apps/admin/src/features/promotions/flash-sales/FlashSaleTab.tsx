import { api, formatFen, type MerchantFlashSale } from '@livemall/shared';
import { Table } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/call';
import { ActivityStatus } from '../common/ActivityStatus';
import { ActivityTab } from '../common/ActivityTab';
import { LIVE_FIGURES_MS } from '../common/live';
import { StopButton } from '../common/StopButton';
import { usePolling } from '../common/use-polling';
import { shortTime } from '../common/window';
import { FlashSaleForm } from './FlashSaleForm';

/** The newest 50 sales with units left and sold, refreshed while shown (a sale moves fast). */
export function FlashSaleTab({ active }: { active: boolean }) {
  const list = usePolling(() => call(api.merchantFlashSales, { query: { limit: 50 } }), LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='fs'
      createLabel='新建秒杀'
      hint='剩余与售出每 5 秒刷新；结束时未售出的件数退回库存'
      error={actionError ?? list.error}
      form={(close) => <FlashSaleForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<MerchantFlashSale>
        id='fs-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有秒杀活动' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '商品', render: (_, s) => `${s.title}${s.specText ? ` · ${s.specText}` : ''}` },
          { title: '秒杀价 / 原价', render: (_, s) => `${formatFen(s.salePriceFen)} / ${formatFen(s.normalPriceFen)}` },
          { title: '时间', render: (_, s) => `${shortTime(s.startsAt)} 至 ${shortTime(s.endsAt)}` },
          { title: '总数', dataIndex: 'totalUnits', align: 'right' },
          { title: '剩余', align: 'right', render: (_, s) => <span id={`fs-left-${s.id}`}>{s.unitsLeft}</span> },
          { title: '已下单', align: 'right', render: (_, s) => s.unitsOrdered },
          { title: '已售（已付款）', align: 'right', render: (_, s) => <span id={`fs-sold-${s.id}`}>{s.unitsPaid}</span> },
          { title: '限购', render: (_, s) => `每人 ${s.perUserLimit} 件` },
          { title: '状态', render: (_, s) => <ActivityStatus status={s.stoppedAt ? 'stopped' : s.status} /> },
          {
            title: '操作',
            render: (_, s) =>
              s.status !== 'ended' && (
                <StopButton
                  id={`fs-stop-${s.id}`}
                  what='秒杀（未售出的件数退回库存）'
                  stop={() => call(api.stopFlashSale, { params: { id: s.id } })}
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
