import { api, type Order } from '@livemall/shared';
import { Alert, AutoComplete, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/call';
import { actionErrorText } from './order-words';

const CARRIERS = ['顺丰速运', '中通快递', '圆通速递', '韵达快递', '申通快递', '京东物流', '邮政 EMS', '极兔速递'];

/** Ship a paid order: carrier and tracking number, checked in words before the server sees them. */
export function ShipForm({ order, onShipped, onConflict }: { order: Order; onShipped: (o: Order) => void; onConflict?: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async (v: { carrier: string; trackingNo: string }) => {
    setSending(true);
    setError(null);
    try {
      onShipped(await call(api.shipOrder, { params: { id: order.id }, body: { carrier: v.carrier.trim(), trackingNo: v.trackingNo.trim() } }));
    } catch (e) {
      setError(actionErrorText('发货', e));
      if (isApiError(e) && e.code === 'ORDER_STATE_CONFLICT') onConflict?.();
    } finally {
      setSending(false);
    }
  };
  return (
    <Form id='ship-form' layout='vertical' onFinish={submit}>
      <Form.Item label='快递公司' name='carrier' rules={[{ required: true, whitespace: true, message: '请填写快递公司' }, { max: 32, message: '快递公司最多 32 个字' }]}>
        <AutoComplete id='ship-carrier' options={CARRIERS.map((c) => ({ value: c }))} placeholder='如 顺丰速运' filterOption={(input, option) => (option?.value ?? '').includes(input)} />
      </Form.Item>
      <Form.Item
        label='运单号'
        name='trackingNo'
        rules={[
          { required: true, whitespace: true, message: '请填写运单号' },
          { pattern: /^\s*[A-Za-z0-9-]{6,40}\s*$/, message: '运单号是 6–40 位字母、数字或横线' },
        ]}
      >
        <Input id='ship-tracking' placeholder='如 SF1234567890' />
      </Form.Item>
      {error && <Alert id='ship-error' type='error' showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button id='ship-submit' type='primary' htmlType='submit' loading={sending}>
        确认发货
      </Button>
    </Form>
  );
}
