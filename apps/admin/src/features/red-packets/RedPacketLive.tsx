import { api, formatFen, type GrabRecord, type RedPacket } from '@livemall/shared';
import { Alert, Avatar, Button, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { fetchGrabs, luckiestSeq, mergeGrabs } from './grabs-feed';
import { isOver, StatusTag, typeText } from './status';

export const POLL_MS = 2_000;

/** A sent packet as it is being grabbed: polled every 2 s until it is over, with 提前结束. */
export function RedPacketLive({ packet: sent, onEnded }: { packet: RedPacket; onEnded?(refunded: number): void }) {
  const [packet, setPacket] = useState(sent);
  const [grabs, setGrabs] = useState<GrabRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [refunded, setRefunded] = useState<number | null>(null);
  const [round, setRound] = useState(0);
  const resume = useRef<string | undefined>(undefined);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const fresh = await call(api.redPacket, { params: { id: sent.id } });
        // Once over, read every grab again: the luckiest is marked only then.
        const over = isOver(fresh.status);
        const read = await fetchGrabs(sent.id, over ? undefined : resume.current);
        if (stopped) return;
        resume.current = read.resume;
        setPacket(fresh);
        setGrabs((known) => mergeGrabs(known, read.grabs));
        setError(null);
        if (over) return;
      } catch (e) {
        if (!stopped) setError(errorText(e));
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [sent.id, round]);

  const end = async () => {
    setEnding(true);
    try {
      const ended = await call(api.endRedPacket, { params: { id: packet.id } });
      setPacket(ended);
      // The unclaimed shares' money is what went back (none if the last share went first).
      const back = ended.status === 'finished' ? 0 : ended.remainingAmount;
      setRefunded(back);
      onEnded?.(back);
      // The polling loop has stopped or will stop; one more read brings the final grabs and the luckiest mark.
      setRound((r) => r + 1);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setEnding(false);
    }
  };

  const best = luckiestSeq(grabs);
  const over = isOver(packet.status);
  return (
    <div id='rp-live' data-packet-id={packet.id} data-status={packet.status}>
      <Descriptions size='small' column={2} bordered>
        <Descriptions.Item label='状态'>
          <StatusTag status={packet.status} />
        </Descriptions.Item>
        <Descriptions.Item label='类型'>{typeText[packet.type]}</Descriptions.Item>
        <Descriptions.Item label='总金额'>{formatFen(packet.totalAmount)}</Descriptions.Item>
        <Descriptions.Item label='个数'>{packet.totalCount}</Descriptions.Item>
        <Descriptions.Item label='剩余金额'>
          <span id='rp-live-remaining-amount'>{formatFen(packet.remainingAmount)}</span>
        </Descriptions.Item>
        <Descriptions.Item label='剩余个数'>
          <span id='rp-live-remaining-count'>{packet.remainingCount}</span>
        </Descriptions.Item>
        <Descriptions.Item label='截止' span={2}>
          {new Date(packet.validUntil).toLocaleString('zh-CN')}
        </Descriptions.Item>
      </Descriptions>
      {error ? <Alert type='error' showIcon title={error} style={{ marginTop: 12 }} /> : null}
      {refunded !== null ? (
        <Alert id='rp-live-refunded' type='success' showIcon style={{ marginTop: 12 }} title={refunded > 0 ? `红包已结束，${formatFen(refunded)} 已退回账户余额` : '红包已被抢完，没有需要退回的金额'} />
      ) : null}
      <Space style={{ margin: '12px 0' }}>
        <Typography.Text strong>领取记录（{grabs.length}）</Typography.Text>
        {!over ? (
          <Popconfirm title='提前结束这个红包？' description='结束后没人能再抢，剩余金额退回账户余额' okText='结束' cancelText='再等等' onConfirm={end} okButtonProps={{ id: 'rp-end-confirm' }}>
            <Button id='rp-end' danger loading={ending}>
              提前结束
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      <Table<GrabRecord>
        id='rp-live-grabs'
        size='small'
        bordered
        rowKey='seq'
        pagination={false}
        scroll={{ y: 360 }}
        showHeader={false}
        locale={{ emptyText: over ? '没有人领取' : '等待观众来抢…' }}
        dataSource={grabs}
        rowClassName={() => 'rp-grab'}
        onRow={(g) => ({ 'data-seq': g.seq, 'data-amount': g.amount }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'who',
            render: (_, g) => (
              <Space>
                <Avatar size='small' src={g.avatarUrl ?? undefined}>
                  {g.nickname.slice(0, 1)}
                </Avatar>
                <span>{g.nickname}</span>
                {g.seq === best ? <Tag color='gold' className='rp-luckiest'>{over ? '手气最佳' : '目前最佳'}</Tag> : null}
              </Space>
            ),
          },
          { key: 'amount', align: 'right', render: (_, g) => <Typography.Text strong>{formatFen(g.amount)}</Typography.Text> },
        ]}
      />
    </div>
  );
}
