import type { GrabRecord, RedPacket } from '@livemall/shared';
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { checkProof, type ProofCheck } from './verify-proof';

/** The commitment published at creation, the seed once the packet is over, and a check anyone can run. */
export function FairnessProof({ packet, grabs }: { packet: RedPacket; grabs: readonly GrabRecord[] }) {
  const [check, setCheck] = useState<ProofCheck | null>(null);
  return (
    <div id='rp-proof'>
      <Descriptions size='small' column={1} bordered>
        <Descriptions.Item label='承诺（种子的 SHA-256）'>
          <Typography.Text code copyable id='rp-proof-commitment' style={{ wordBreak: 'break-all' }}>
            {packet.seedCommitment}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label='种子'>
          {packet.seed ? (
            <Typography.Text code copyable id='rp-proof-seed' style={{ wordBreak: 'break-all' }}>
              {packet.seed}
            </Typography.Text>
          ) : (
            <Typography.Text type='secondary'>红包结束后公布</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label='算法'>{packet.algorithm === 'doubleMean' ? '二倍均值（拼手气）' : '平均分（普通）'}</Descriptions.Item>
      </Descriptions>
      <Space style={{ marginTop: 12 }}>
        <Button id='rp-verify' disabled={!packet.seed} onClick={() => setCheck(checkProof(packet, grabs))}>
          验证
        </Button>
        {check?.ok ? (
          <Tag id='rp-verify-result' color='success'>
            已验证
          </Tag>
        ) : null}
        {check && !check.ok ? (
          <Tag id='rp-verify-result' color='error'>
            不一致
          </Tag>
        ) : null}
      </Space>
      {check?.ok ? <Typography.Paragraph type='secondary' style={{ marginTop: 8 }}>用公布的种子在浏览器里重算了全部 {packet.totalCount} 份金额，{grabs.length} 条领取记录与之逐一相符，种子的 SHA-256 与创建时的承诺一致。</Typography.Paragraph> : null}
      {check && !check.ok ? <Alert type='error' showIcon style={{ marginTop: 8 }} title={check.why} /> : null}
    </div>
  );
}
