import { api, formatFen, type FullReduction } from '@livemall/shared';
import { Tag } from 'antd';
import { call } from '../../../api/call';
import { ActivityList } from '../common/ActivityList';
import { shortTime } from '../common/window';
import { FullReductionForm } from './FullReductionForm';

const load = async () => (await call(api.merchantFullReductions)).items;

const status = (r: FullReduction) =>
  r.active ? <Tag color='green'>进行中</Tag> : Date.parse(r.startsAt) > Date.now() ? <Tag color='blue'>未开始</Tag> : <Tag>已结束</Tag>;

export function FullReductionTab({ active }: { active: boolean }) {
  return (
    <ActivityList<FullReduction>
      id='fr'
      active={active}
      createLabel='新建满减'
      hint='多个满减同时进行时，按减得最多的一档计算'
      emptyText='还没有满减活动'
      load={load}
      form={(done) => <FullReductionForm onCreated={done} />}
      columns={({ stop }) => [
        { title: '名称', dataIndex: 'name' },
        { title: '档位', render: (_, r) => r.tiers.map((t) => `满 ${formatFen(t.thresholdFen)} 减 ${formatFen(t.amountFen)}`).join('；') },
        { title: '时间', render: (_, r) => `${shortTime(r.startsAt)} 至 ${shortTime(r.endsAt)}` },
        { title: '状态', render: (_, r) => status(r) },
        { title: '操作', render: (_, r) => Date.parse(r.endsAt) > Date.now() && stop(r.id, '满减', () => call(api.stopFullReduction, { params: { id: r.id } })) },
      ]}
    />
  );
}
