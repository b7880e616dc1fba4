import { api, type SupportConversation } from '@livemall/shared';
import { Alert, Badge, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/call';
import { usePolling } from '../promotions/common/use-polling';
import { shortTime } from '../promotions/common/window';
import { useShopQuery } from './shop-scope';
import { SUPPORT_POLL_MS } from './poll';

type Filter = 'human' | 'all';

/** The inbox: conversations waiting for a person (or all), newest first, refreshed every few seconds. */
export function ConversationList({ selected, onSelect }: { selected: string | null; onSelect(c: SupportConversation): void }) {
  const [filter, setFilter] = useState<Filter>('human');
  const shop = useShopQuery();
  const inbox = usePolling(() => call(api.supportInbox, { query: { ...shop, status: filter, limit: 100 } }), SUPPORT_POLL_MS, true, filter);
  return (
    <Space orientation='vertical' style={{ width: '100%' }}>
      <Segmented<Filter>
        id='support-filter'
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'human', label: <span id='support-filter-human'>待人工</span> },
          { value: 'all', label: <span id='support-filter-all'>全部</span> },
        ]}
      />
      {inbox.error && <Alert type='error' showIcon title={inbox.error} />}
      <List<SupportConversation>
        id='support-conversations'
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: filter === 'human' ? '没有等待人工的会话' : '还没有会话' }}
        renderItem={(c) => (
          <List.Item
            id={`support-conv-${c.id}`}
            onClick={() => onSelect(c)}
            style={{ cursor: 'pointer', paddingInline: 12, background: c.id === selected ? '#fff0f3' : undefined }}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Badge count={c.unread} size='small'>
                    <span>{c.userNickname}</span>
                  </Badge>
                  {c.status === 'human' ? <Tag color='red'>待人工</Tag> : <Tag>机器人</Tag>}
                  {c.channel === 'wechat' && <Tag color='green'>微信</Tag>}
                </Space>
              }
              description={
                <Typography.Text type='secondary' ellipsis style={{ maxWidth: 260 }}>
                  {shortTime(c.lastMessageAt)} · {c.lastText}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
