import { api, formatFen, type MerchantGroupBuy } from '@livemall/shared';
import { call } from '../../../api/call';
import { ActivityList } from '../common/ActivityList';
import { ActivityStatus } from '../common/ActivityStatus';
import { goodsColumn, windowColumn } from '../common/columns';
import { GroupBuyForm } from './GroupBuyForm';

const load = async () => (await call(api.merchantGroupBuys)).items;

export function GroupBuyTab({ active }: { active: boolean }) {
  return (
    <ActivityList<MerchantGroupBuy>
      id='gb'
      active={active}
      createLabel='新建拼团'
      hint='成团数据每 5 秒刷新'
      emptyText='还没有拼团活动'
      load={load}
      form={(done) => <GroupBuyForm onCreated={done} />}
      columns={({ stop }) => [
        goodsColumn((a) => a.title),
        { title: '拼团价 / 原价', render: (_, a) => `${formatFen(a.groupPriceFen)} / ${formatFen(a.normalPriceFen)}` },
        { title: '人数 · 时限', render: (_, a) => `${a.groupSize} 人 · ${a.timeLimitMinutes} 分钟` },
        windowColumn(),
        { title: '拼团中', align: 'right', render: (_, a) => <span id={`gb-open-${a.id}`}>{a.figures.groupsOpen}</span> },
        { title: '已成团', align: 'right', render: (_, a) => <span id={`gb-succeeded-${a.id}`}>{a.figures.groupsSucceeded}</span> },
        { title: '未成团', align: 'right', render: (_, a) => a.figures.groupsFailed },
        { title: '成交件数', align: 'right', render: (_, a) => `${a.figures.seatsSold}${a.figures.virtualSeats ? `（虚拟 ${a.figures.virtualSeats}）` : ''}` },
        { title: '状态', render: (_, a) => <ActivityStatus status={a.status} /> },
        {
          title: '操作',
          render: (_, a) =>
            (a.status === 'active' || a.status === 'upcoming') && stop(a.id, '拼团（已开的团照常进行）', () => call(api.stopGroupBuy, { params: { id: a.id } })),
        },
      ]}
    />
  );
}
