import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Popconfirm, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, type LiveSchedule } from '@livemall/shared';
import { call } from '../../api/call';
import { GoodsSelect } from './GoodsSelect';
import { roomErrorText } from './room-errors';
import { formatTime } from './room-status';

const statusLook: Record<LiveSchedule['status'], { color: string; text: string }> = {
  pending: { color: 'blue', text: '待推送' },
  pushed: { color: 'green', text: '已推送' },
  cancelled: { color: 'default', text: '已取消' },
};

/** Goods cards pushed at a set time by the server's job; pending ones can be cancelled. */
export function SchedulesCard({ roomId, merchantId }: { roomId: string; merchantId: string }) {
  const [form] = Form.useForm<{ goodsId: string; at: Dayjs }>();
  const [items, setItems] = useState<LiveSchedule[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setItems((await call(api.roomSchedules, { params: { roomId } })).items);
    } catch (e) {
      setError(roomErrorText(e));
    } finally {
      setLoading(false);
    }
  }, [roomId]);
  useEffect(() => void load(), [load]);

  const run = async (act: () => Promise<unknown>) => {
    setError(null);
    try {
      await act();
      await load();
      return true;
    } catch (e) {
      setError(roomErrorText(e));
      return false;
    }
  };

  const add = async (v: { goodsId: string; at: Dayjs }) => {
    if (await run(() => call(api.schedulePush, { params: { roomId }, body: { goodsId: v.goodsId, at: v.at.toISOString(), pin: true } }))) form.resetFields();
  };

  return (
    <Card title='定时推送' size='small'>
      <Form form={form} layout='inline' onFinish={add} style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item name='goodsId' rules={[{ required: true, message: '请选择商品' }]} style={{ minWidth: 220, flex: 1 }}>
          <GoodsSelect id='schedule-goods' merchantId={merchantId} />
        </Form.Item>
        <Form.Item
          name='at'
          rules={[
            { required: true, message: '请选择推送时间' },
            { validator: (_, v?: Dayjs) => (!v || v.isAfter(dayjs()) ? Promise.resolve() : Promise.reject(new Error('推送时间需晚于现在'))) },
          ]}
        >
          <DatePicker id='schedule-at' showTime format='MM-DD HH:mm' placeholder='推送时间' />
        </Form.Item>
        <Form.Item>
          <Button htmlType='submit' id='schedule-add'>
            添加
          </Button>
        </Form.Item>
      </Form>
      {error && <Alert id='schedule-error' type='error' showIcon title={error} style={{ marginBottom: 8 }} />}
      <Table<LiveSchedule>
        id='schedule-table'
        size='small'
        rowKey='id'
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '暂无定时推送' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: formatTime },
          { title: '商品', render: (_, s) => s.goods.title },
          { title: '状态', dataIndex: 'status', render: (s: LiveSchedule['status']) => <Tag color={statusLook[s].color}>{statusLook[s].text}</Tag> },
          {
            title: '',
            key: 'cancel',
            render: (_, s) =>
              s.status === 'pending' && (
                <Popconfirm title='取消这条定时推送？' okText='取消推送' cancelText='不了' onConfirm={() => run(() => call(api.cancelSchedule, { params: { id: s.id } }))}>
                  <Button size='small' type='link' danger id={`schedule-cancel-${s.id}`}>
                    取消
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
