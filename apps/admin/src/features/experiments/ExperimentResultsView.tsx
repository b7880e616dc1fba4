import { api, type ExperimentArmResult } from '@livemall/shared';
import { Alert, Descriptions, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { call } from '../../api/call';
import { EChart } from '../dashboards/EChart';
import { formatBps } from '../dashboards/figures';
import { useRemote } from '../dashboards/use-remote';
import { alphaText, ratesOption } from './results-option';

const verdictColor = (v: string) => (v.includes('优于') || v.includes('胜出') ? 'green' : v.includes('差于') ? 'red' : v === '对照组' ? 'blue' : 'default');

/** One experiment's results: per variant exposures, conversions, rate, z, p-value and verdict, and the rates as bars. */
export function ExperimentResultsView({ experimentKey, round }: { experimentKey: string; round: number }) {
  const results = useRemote(`${experimentKey}:${round}`, () => call(api.experimentResults, { params: { key: experimentKey } }));
  const r = results.data;
  const option = useMemo(() => (r ? ratesOption(r) : null), [r]);
  if (results.error) return <Alert id='experiment-results-error' type='error' showIcon title={results.error} />;
  return (
    <Space orientation='vertical' style={{ width: '100%' }}>
      {r && (
        <Descriptions size='small' column={1} bordered>
          <Descriptions.Item label='结论'>
            <Tag id='experiment-verdict' color={verdictColor(r.verdict)}>
              {r.verdict}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label='对照组'>{r.control}</Descriptions.Item>
          <Descriptions.Item label='显著性水平'>
            <span id='experiment-alpha'>{alphaText(r)}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table<ExperimentArmResult>
        id='experiment-results-table'
        rowKey='variant'
        size='small'
        pagination={false}
        loading={results.loading}
        dataSource={r?.arms ?? []}
        locale={{ emptyText: '还没有结果' }}
        columns={[
          { title: '变体', dataIndex: 'variant' },
          { title: '曝光人数', dataIndex: 'exposures', align: 'right' },
          { title: '转化人数', dataIndex: 'conversions', align: 'right' },
          { title: '转化率', dataIndex: 'rateBps', align: 'right', render: (bps: number) => formatBps(bps) },
          { title: 'z 值', dataIndex: 'z', align: 'right', render: (z: number | null) => (z === null ? '-' : z.toFixed(3)) },
          { title: 'p 值（未校正）', dataIndex: 'pValue', align: 'right', render: (p: number | null) => (p === null ? '-' : p < 0.0001 ? '< 0.0001' : p.toFixed(4)) },
          { title: '判断', dataIndex: 'verdict', render: (v: string) => <Tag color={verdictColor(v)}>{v}</Tag> },
        ]}
      />
      {option && <EChart id='experiment-rates-chart' option={option} height={240} />}
      <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>转化 = 曝光后在本店支付过订单的用户；每组少于 30 人曝光时不做检验（样本不足）。</div>
    </Space>
  );
}
