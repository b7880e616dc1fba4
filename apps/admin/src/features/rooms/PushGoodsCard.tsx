import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Space, Typography } from 'antd';
import { api, formatFen, type GoodsSummary } from '@livemall/shared';
import { call } from '../../api/call';
import { GoodsSelect } from './GoodsSelect';
import { roomErrorText } from './room-errors';

/** Shows a goods card to everyone in the room now; the pinned card is what viewers see at the bottom. */
export function PushGoodsCard({ roomId, merchantId, pinned }: { roomId: string; merchantId: string; pinned: GoodsSummary | null }) {
  const [goodsId, setGoodsId] = useState<string>();
  const [pin, setPin] = useState(true);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const push = async () => {
    if (!goodsId) return setNotice({ type: 'error', text: '请先选择要推送的商品' });
    setBusy(true);
    setNotice(null);
    try {
      await call(api.pushProduct, { params: { roomId }, body: { goodsId, pin } });
      setNotice({ type: 'success', text: '已推送给直播间的观众' });
    } catch (e) {
      setNotice({ type: 'error', text: roomErrorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title='推送商品' size='small'>
      <Space orientation='vertical' style={{ width: '100%' }}>
        <GoodsSelect id='push-goods' merchantId={merchantId} value={goodsId} onChange={setGoodsId} />
        <Space>
          <Checkbox checked={pin} onChange={(e) => setPin(e.target.checked)} id='push-pin'>
            置顶在直播间
          </Checkbox>
          <Button type='primary' onClick={push} loading={busy} id='push-now'>
            立即推送
          </Button>
        </Space>
        {notice && <Alert id='push-notice' type={notice.type} showIcon title={notice.text} />}
        <Typography.Text type='secondary' id='push-pinned'>
          当前展示：{pinned ? `${pinned.title}（${formatFen(pinned.priceFen)}）` : '无'}
        </Typography.Text>
      </Space>
    </Card>
  );
}
