import { formatFen, type GrabRecord, type MerchantRedPacket } from '@livemall/shared';
import { Alert, Descriptions, Divider, Drawer, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../api/api-error';
import { FairnessProof } from './FairnessProof';
import { fetchGrabs } from './grabs-feed';
import { StatusTag, typeText } from './status';

/** One packet: its numbers, every grab, and the fairness proof. */
export function RedPacketDetail({ packet, onClose }: { packet: MerchantRedPacket | null; onClose(): void }) {
  const [grabs, setGrabs] = useState<GrabRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setGrabs(null);
    setError(null);
    if (!packet) return;
    let live = true;
    fetchGrabs(packet.id)
      .then((r) => live && setGrabs(r.grabs))
      .catch((e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [packet]);

  return (
    <Drawer id='rp-detail' open={packet !== null} onClose={onClose} size={640} title={packet ? `红包 · ${packet.slogan}` : ''}>
      {packet ? (
        <>
          <Descriptions size='small' column={2} bordered>
            <Descriptions.Item label='状态'>
              <StatusTag status={packet.status} />
            </Descriptions.Item>
            <Descriptions.Item label='类型'>{typeText[packet.type]}</Descriptions.Item>
            <Descriptions.Item label='主播'>{packet.anchorName}</Descriptions.Item>
            <Descriptions.Item label='创建'>{new Date(packet.createdAt).toLocaleString('zh-CN')}</Descriptions.Item>
            <Descriptions.Item label='总金额'>{formatFen(packet.totalAmount)}</Descriptions.Item>
            <Descriptions.Item label='个数'>{packet.totalCount}</Descriptions.Item>
            <Descriptions.Item label='已领'>
              {packet.grabbedCount} 个 · {formatFen(packet.grabbedAmount)}
            </Descriptions.Item>
            <Descriptions.Item label='退回'>
              <span id='rp-detail-refunded'>{formatFen(packet.refundedAmount)}</span>
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement='start'>领取记录</Divider>
          {error ? <Alert type='error' showIcon title={error} /> : null}
          <Table<GrabRecord>
            id='rp-detail-grabs'
            size='small'
            rowKey='seq'
            loading={grabs === null && !error}
            dataSource={grabs ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: '没有人领取' }}
            columns={[
              { title: '#', dataIndex: 'seq', width: 56, render: (s: number) => s + 1 },
              { title: '观众', dataIndex: 'nickname', render: (n: string, g) => (g.luckiest ? <>{n} <Tag color='gold'>手气最佳</Tag></> : n) },
              { title: '金额', dataIndex: 'amount', align: 'right', render: (a: number) => formatFen(a) },
              { title: '时间', dataIndex: 'createdAt', render: (t: string) => new Date(t).toLocaleTimeString('zh-CN') },
            ]}
          />
          <Divider titlePlacement='start'>公平性证明</Divider>
          {grabs ? <FairnessProof packet={packet} grabs={grabs} /> : null}
        </>
      ) : null}
    </Drawer>
  );
}
