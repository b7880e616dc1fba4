import { api, type MerchantExperiment } from '@livemall/shared';
import { Alert, Button, Card, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { beijingTime } from '../dashboards/figures';
import { useRemote } from '../dashboards/use-remote';
import { ExperimentForm } from './ExperimentForm';
import { ExperimentResultsView } from './ExperimentResultsView';
import { weightShare } from './variant-rules';

const statusTag = { draft: <Tag>草稿</Tag>, running: <Tag color='green'>进行中</Tag>, stopped: <Tag color='default'>已停止</Tag> } as const;
const targetingText = { all: '全部用户', new_users: '新用户' } as const;
const when = (iso: string | null) => (iso ? beijingTime(iso) : '-');

/** The shop's A/B experiments: create a draft, start and stop it, read its results. */
export function ExperimentsPage() {
  const [round, setRound] = useState(0);
  const list = useRemote(`list:${round}`, () => call(api.merchantExperiments));
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const refresh = () => setRound((r) => r + 1);

  const act = async (route: typeof api.startExperiment | typeof api.stopExperiment, key: string) => {
    setActionError(null);
    try {
      await call(route, { params: { key } });
      refresh();
    } catch (e) {
      setActionError(errorText(e));
    }
  };

  return (
    <>
      <Space orientation='vertical' size='large' style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            A/B 实验
          </Typography.Title>
          <Button id='experiment-new' type='primary' onClick={() => setCreating(true)}>
            新建实验
          </Button>
        </Space>
        {(list.error || actionError) && <Alert id='experiments-error' type='error' showIcon title={actionError ?? list.error} />}
        <Table<MerchantExperiment>
          id='experiments-table'
          rowKey='key'
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '还没有实验：新建一个，开始后用户会按权重分到各个变体' }}
          columns={[
            { title: '实验标识', dataIndex: 'key', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
            { title: '状态', dataIndex: 'status', render: (s: MerchantExperiment['status']) => statusTag[s] },
            { title: '人群', dataIndex: 'targeting', render: (t: MerchantExperiment['targeting']) => targetingText[t] },
            {
              title: '变体（分流比例 · 曝光）',
              key: 'variants',
              render: (_, e) => {
                const total = e.variants.reduce((s, v) => s + v.weight, 0);
                return (
                  <Space orientation='vertical' size={0}>
                    {e.variants.map((v) => (
                      <span key={v.name}>
                        {v.name}：{weightShare(v.weight, total)} · {e.exposures.find((x) => x.variant === v.name)?.exposures ?? 0} 人
                      </span>
                    ))}
                  </Space>
                );
              },
            },
            { title: '开始', dataIndex: 'startedAt', render: when },
            { title: '停止', dataIndex: 'stoppedAt', render: when },
            {
              title: '操作',
              key: 'actions',
              render: (_, e) => (
                <Space>
                  {e.status === 'draft' && (
                    <Popconfirm title='开始实验？' description='开始后用户按权重分组，变体不能再改。' okText='开始' cancelText='取消' onConfirm={() => act(api.startExperiment, e.key)}>
                      <Button id={`experiment-start-${e.key}`} size='small' type='primary'>
                        开始
                      </Button>
                    </Popconfirm>
                  )}
                  {e.status === 'running' && (
                    <Popconfirm title='停止实验？' description='停止后不再分组，已有结果仍可查看，不能重新开始。' okText='停止' cancelText='取消' onConfirm={() => act(api.stopExperiment, e.key)}>
                      <Button id={`experiment-stop-${e.key}`} size='small' danger>
                        停止
                      </Button>
                    </Popconfirm>
                  )}
                  <Button id={`experiment-results-${e.key}`} size='small' onClick={() => setShown(e.key)}>
                    结果
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        {shown && (
          <Card
            id='experiment-results'
            title={`实验结果：${shown}`}
            extra={
              <Space>
                <Button id='experiment-results-refresh' size='small' onClick={refresh}>
                  刷新
                </Button>
                <Button size='small' onClick={() => setShown(null)}>
                  收起
                </Button>
              </Space>
            }
          >
            <ExperimentResultsView experimentKey={shown} round={round} />
          </Card>
        )}
        <Modal title='新建实验' open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
          <ExperimentForm
            onCreated={() => {
              setCreating(false);
              refresh();
            }}
          />
        </Modal>
      </Space>
    </>
  );
}
