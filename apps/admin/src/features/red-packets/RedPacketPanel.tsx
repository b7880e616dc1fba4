import { api, formatFen, type RedPacket } from '@livemall/shared';
import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/call';
import { RedPacketLive } from './RedPacketLive';
import { RedPacketSendForm } from './RedPacketSendForm';

/**
 * Red packets for one live room, for the room's control panel: the send form with the shop's balance,
 * and the live view of the packet just sent (grabs as they come, 提前结束).
 */
export function RedPacketPanel({ roomId }: { roomId: string }) {
  const [balance, setBalance] = useState<number | null>(null);
  const [sent, setSent] = useState<RedPacket | null>(null);
  const refreshBalance = useCallback(() => {
    call(api.merchantWallet, { query: { limit: 1 } })
      .then((w) => setBalance(w.balance))
      .catch(() => setBalance(null));
  }, []);
  useEffect(refreshBalance, [refreshBalance]);

  return (
    <Card id='rp-panel' title='发红包' extra={<Typography.Text>账户余额 <Typography.Text strong id='rp-balance'>{balance === null ? '—' : formatFen(balance)}</Typography.Text></Typography.Text>}>
      {/* Stacked, not side by side: the panel sits in one column of the live control panel. The live view
          of a sent packet goes on top, where the host looks while viewers grab. */}
      <Row gutter={[24, 16]}>
        {sent ? (
          <Col span={24}>
            <RedPacketLive key={sent.id} packet={sent} onEnded={refreshBalance} />
            <Button id='rp-clear' type='link' onClick={() => setSent(null)} style={{ paddingLeft: 0 }}>
              收起
            </Button>
          </Col>
        ) : null}
        <Col span={24}>
          <RedPacketSendForm
            roomId={roomId}
            onSent={(p) => {
              setSent(p);
              refreshBalance();
            }}
          />
        </Col>
        {sent ? null : (
          <Col span={24}>
            <Empty description='发出红包后，这里实时显示谁抢到了多少' />
          </Col>
        )}
      </Row>
    </Card>
  );
}
