import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { api, type CreateLotteryRequest, type Lottery } from '@livemall/shared';
import { call } from '../../api/call';
import { requestId as newRequestId } from './request-id';
import { roomErrorText } from './room-errors';
import { formatTime } from './room-status';

interface Values {
  prize: string;
  winners: number;
  kind: 'viewers' | 'keyword';
  keyword?: string;
  durationSeconds: number;
}

export function toLotteryBody(v: Values, requestId: string): CreateLotteryRequest {
  return {
    requestId,
    prize: v.prize.trim(),
    winners: v.winners,
    participation: v.kind === 'keyword' ? { kind: 'keyword', keyword: (v.keyword ?? '').trim() } : { kind: 'viewers' },
    durationSeconds: v.durationSeconds,
  };
}

/**
 * Start a lottery (the owner's): everyone watching, or those who comment a keyword within the window.
 * The request id is kept until the start succeeds, so a retry after a lost answer starts one lottery.
 */
export function LotteryCard({ roomId, lottery: fromRoom, live }: { roomId: string; lottery: Lottery | null; live: boolean }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [mine, setMine] = useState<Lottery | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The room's events carry the latest state; a draw's own answer may arrive first.
  const lottery = mine && (!fromRoom || (mine.id === fromRoom.id && mine.status === 'drawn')) ? mine : fromRoom;

  const act = async (run: () => Promise<Lottery>) => {
    setBusy(true);
    setError(null);
    try {
      setMine(await run());
      return true;
    } catch (e) {
      setError(roomErrorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const start = async (v: Values) => {
    if (await act(() => call(api.createLottery, { params: { roomId }, body: toLotteryBody(v, requestId) }))) setRequestId(newRequestId());
  };

  return (
    <Card title='抽奖' size='small'>
      {lottery && (
        <Descriptions id='lottery-current' size='small' column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label='奖品'>{lottery.prize}</Descriptions.Item>
          <Descriptions.Item label='状态'>
            {lottery.status === 'open' ? <Tag color='processing'>进行中，{formatTime(lottery.endsAt)} 截止</Tag> : <Tag color='success'>已开奖</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label='参与'>
            {lottery.participation.kind === 'keyword' ? `评论「${lottery.participation.keyword}」` : '在线观众'} · {lottery.entrantCount} 人 · 抽 {lottery.winnerCount} 人
          </Descriptions.Item>
          {lottery.status === 'drawn' && (
            <Descriptions.Item label='中奖'>
              <span id='lottery-winners'>{lottery.winners.length ? lottery.winners.map((w) => w.nickname).join('、') : '无人参与'}</span>
            </Descriptions.Item>
          )}
          {lottery.status === 'open' && (
            <Descriptions.Item label='操作'>
              <Button size='small' onClick={() => act(() => call(api.drawLottery, { params: { id: lottery.id } }))} loading={busy} id='lottery-draw'>
                立即开奖
              </Button>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {error && <Alert id='lottery-error' type='error' showIcon title={error} style={{ marginBottom: 8 }} />}
      {!live && <Typography.Paragraph type='secondary'>开播后才能发起抽奖。</Typography.Paragraph>}
      <Form<Values> form={form} layout='vertical' size='small' onFinish={start} initialValues={{ winners: 1, kind: 'viewers', durationSeconds: 60 }} disabled={!live}>
        <Form.Item name='prize' label='奖品' rules={[{ required: true, whitespace: true, message: '请输入奖品' }, { max: 60, message: '奖品最多 60 个字' }]}>
          <Input id='lottery-prize' placeholder='例如：脐橙 5 斤装' />
        </Form.Item>
        <Space wrap>
          <Form.Item name='winners' label='中奖人数' rules={[{ required: true, message: '请输入中奖人数' }, { type: 'integer', min: 1, max: 100, message: '中奖人数为 1 到 100' }]}>
            <InputNumber id='lottery-winners-count' precision={0} />
          </Form.Item>
          <Form.Item name='durationSeconds' label='参与时长（秒）' rules={[{ required: true, message: '请输入参与时长' }, { type: 'integer', min: 10, max: 3600, message: '时长为 10 到 3600 秒' }]}>
            <InputNumber id='lottery-duration' precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name='kind' label='参与方式'>
          <Radio.Group id='lottery-kind'>
            <Radio value='viewers'>在线观众</Radio>
            <Radio value='keyword'>评论口令</Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'keyword' && (
          <Form.Item name='keyword' label='口令' rules={[{ required: true, whitespace: true, message: '请输入口令' }, { max: 20, message: '口令最多 20 个字' }]}>
            <Input id='lottery-keyword' />
          </Form.Item>
        )}
        <Button type='primary' htmlType='submit' loading={busy} id='lottery-start'>
          发起抽奖
        </Button>
      </Form>
    </Card>
  );
}
