import { api, formatFen, type Order, type Refund } from '@livemall/shared';
import { Alert, Button, Input, List, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/call';
import { actionErrorText, refundStatusText } from './order-words';

/** The order's refund requests; a pending one is approved (money back, stock too if unshipped) or rejected with a note. */
export function RefundList({ order, onChanged, onConflict }: { order: Order; onChanged: (o: Order) => void; onConflict: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const itemTitle = (r: Refund) => order.items.find((i) => i.id === r.orderItemId)?.title ?? '商品';

  const decide = async (refund: Refund, approve: boolean) => {
    setBusy(refund.id);
    setError(null);
    try {
      onChanged(await call(api.decideRefund, { params: { id: refund.id }, body: { approve, note: note.trim() || undefined } }));
      setNote('');
    } catch (e) {
      setError(actionErrorText(approve ? '同意退款' : '拒绝退款', e));
      if (isApiError(e) && e.code === 'ORDER_STATE_CONFLICT') onConflict();
    } finally {
      setBusy(null);
    }
  };

  if (order.refunds.length === 0) return <div style={{ color: '#888' }}>没有退款申请</div>;
  return (
    <>
      {error && <Alert id='refund-error' type='error' showIcon title={error} style={{ marginBottom: 12 }} />}
      <List
        size='small'
        bordered
        dataSource={order.refunds}
        renderItem={(r) => (
          <List.Item
            id={`refund-${r.id}`}
            actions={
              r.status === 'requested'
                ? [
                    <Popconfirm key='ok' title={`退 ${formatFen(r.amountFen)} 给买家？`} onConfirm={() => void decide(r, true)} okText='同意' cancelText='再想想'>
                      <Button id={`refund-approve-${r.id}`} size='small' type='primary' loading={busy === r.id}>
                        同意
                      </Button>
                    </Popconfirm>,
                    <Button key='no' id={`refund-reject-${r.id}`} size='small' danger loading={busy === r.id} onClick={() => void decide(r, false)}>
                      拒绝
                    </Button>,
                  ]
                : []
            }
          >
            <Space orientation='vertical' size={0}>
              <span>
                {itemTitle(r)} ×{r.quantity} · {formatFen(r.amountFen)} <Tag>{refundStatusText[r.status]}</Tag>
              </span>
              <span style={{ color: '#888' }}>
                原因：{r.reason}
                {r.note ? ` · 备注：${r.note}` : ''}
              </span>
            </Space>
          </List.Item>
        )}
      />
      {order.refunds.some((r) => r.status === 'requested') && (
        <Input id='refund-note' style={{ marginTop: 8 }} maxLength={200} placeholder='处理备注（可选，拒绝时建议写明原因，买家可见）' value={note} onChange={(e) => setNote(e.target.value)} />
      )}
    </>
  );
}
