import { api, RED_PACKET_DEFAULT_SLOGAN, type RedPacket } from '@livemall/shared';
import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useRef, useState } from 'react';
import { call } from '../../api/call';
import { toFen, yuanRule } from '../../components/yuan';
import { sendErrorText } from './send-error';
import { amountForCountProblem, countProblem, equalSplitNote, minutesProblem, newRequestId, toCreateRequest, type SendFormValues } from './send-form';

const initial: Partial<SendFormValues> = { slogan: RED_PACKET_DEFAULT_SLOGAN, minutes: '10', type: 'lucky' };

const fenOrNull = (text: unknown): number | null => {
  try {
    return toFen(String(text ?? '').trim());
  } catch {
    return null;
  }
};

/** The article's form: who sends it, the words on it, how long it stays open, how much, how many, and how split. */
export function RedPacketSendForm({ roomId, onSent }: { roomId: string; onSent(packet: RedPacket): void }) {
  const [form] = Form.useForm<SendFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One id per distinct request: a retry after a lost answer is the same packet, an edited form a new one.
  const requestId = useRef(newRequestId());
  const amount = Form.useWatch('amount', form);
  const count = Form.useWatch('count', form);
  const type = Form.useWatch('type', form);
  const fen = fenOrNull(amount);
  const note = type === 'equal' && fen !== null && countProblem(count) === null ? equalSplitNote(fen, Number(count)) : null;

  const send = async (values: SendFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const packet = await call(api.createRedPacket, { body: toCreateRequest(values, roomId, requestId.current, Date.now()) });
      requestId.current = newRequestId();
      onSent(packet);
    } catch (e) {
      setError(sendErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout='vertical'
      initialValues={initial}
      onFinish={send}
      onValuesChange={() => {
        requestId.current = newRequestId();
      }}
      requiredMark={false}
    >
      <Form.Item label='主播名称' name='anchorName' rules={[{ max: 64, message: '主播名称最多 64 个字' }]} extra='不填则用店铺名'>
        <Input id='rp-anchor-name' placeholder='例如：林掌柜' />
      </Form.Item>
      <Form.Item label='主播头像地址' name='anchorAvatarUrl' rules={[{ pattern: /^https:\/\/\S+$/i, message: '头像须是 https:// 开头的完整网址，例如 https://…/a.png' }, { max: 512, message: '网址最多 512 个字符' }]}>
        <Input id='rp-anchor-avatar' placeholder='https://' />
      </Form.Item>
      <Form.Item label='祝福语' name='slogan' rules={[{ required: true, whitespace: true, message: '请填写祝福语' }, { max: 40, message: '祝福语最多 40 个字' }]}>
        <Input id='rp-slogan' />
      </Form.Item>
      <Form.Item label='有效时长（分钟）' name='minutes' rules={[{ validator: async (_, v) => { const p = minutesProblem(v); if (p) throw new Error(p); } }]} extra='到时未抢完的金额自动退回账户余额'>
        <Input id='rp-minutes' inputMode='numeric' />
      </Form.Item>
      <Form.Item label='红包类型' name='type'>
        <Radio.Group id='rp-type'>
          <Radio id='rp-type-lucky' value='lucky'>拼手气（金额随机）</Radio>
          <Radio id='rp-type-equal' value='equal'>普通（每人相同）</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        label='总金额（元）'
        name='amount'
        dependencies={['count']}
        rules={[
          yuanRule({ label: '总金额', min: 1 }),
          ({ getFieldValue }) => ({
            validator: async (_, v) => {
              const total = fenOrNull(v);
              if (total === null || countProblem(getFieldValue('count')) !== null) return;
              const p = amountForCountProblem(total, Number(String(getFieldValue('count')).trim()));
              if (p) throw new Error(p);
            },
          }),
        ]}
      >
        <Input id='rp-amount' inputMode='decimal' placeholder='例如 88.88' />
      </Form.Item>
      <Form.Item label='红包个数' name='count' rules={[{ validator: async (_, v) => { const p = countProblem(v); if (p) throw new Error(p); } }]}>
        <Input id='rp-count' inputMode='numeric' />
      </Form.Item>
      {note ? (
        <Typography.Paragraph id='rp-equal-note' type='secondary'>
          {note}
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert id='rp-send-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Button id='rp-send' type='primary' htmlType='submit' loading={busy} block>
        塞钱进红包
      </Button>
    </Form>
  );
}
