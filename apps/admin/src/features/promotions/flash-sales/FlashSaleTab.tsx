import { api, formatFen, type MerchantFlashSale } from '@livemall/shared';
import { call } from '../../../api/call';
import { ActivityList } from '../common/ActivityList';
import { ActivityStatus } from '../common/ActivityStatus';
import { goodsColumn, windowColumn } from '../common/columns';
import { FlashSaleForm } from './FlashSaleForm';

/** The newest 50 sales (a sale moves fast: units left and sold are what the shop watches). */
const load = async () => (await call(api.merchantFlashSales, { query: { limit: 50 } })).items;

export function FlashSaleTab({ active }: { active: boolean }) {
  return (
    <ActivityList<MerchantFlashSale>
      id='fs'
      active={active}
      createLabel='新建秒杀'
      hint='剩余与售出每 5 秒刷新；结束时未售出的件数退回库存'
      emptyText='还没有秒杀活动'
      load={load}
      form={(done) => <FlashSaleForm onCreated={done} />}
      columns={({ stop }) => [
        goodsColumn((s) => s.title),
        { title: '秒杀价 / 原价', render: (_, s) => `${formatFen(s.salePriceFen)} / ${formatFen(s.normalPriceFen)}` },
        windowColumn(),
        { title: '总数', dataIndex: 'totalUnits', align: 'right' },
        { title: '剩余', align: 'right', render: (_, s) => <span id={`fs-left-${s.id}`}>{s.unitsLeft}</span> },
        { title: '已下单', align: 'right', render: (_, s) => s.unitsOrdered },
        { title: '已售（已付款）', align: 'right', render: (_, s) => <span id={`fs-sold-${s.id}`}>{s.unitsPaid}</span> },
        { title: '限购', render: (_, s) => `每人 ${s.perUserLimit} 件` },
        { title: '状态', render: (_, s) => <ActivityStatus status={s.stoppedAt ? 'stopped' : s.status} /> },
        { title: '操作', render: (_, s) => s.status !== 'ended' && stop(s.id, '秒杀（未售出的件数退回库存）', () => call(api.stopFlashSale, { params: { id: s.id } })) },
      ]}
    />
  );
}
