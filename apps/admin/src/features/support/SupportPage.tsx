import type { SupportConversation } from '@livemall/shared';
import { Card, Col, Row, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { ConversationList } from './ConversationList';
import { FaqEditor } from './FaqEditor';
import { ThreadView } from './ThreadView';

function Inbox() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card size='small'>
          <ConversationList selected={selected} onSelect={(c: SupportConversation) => setSelected(c.id)} />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        <ThreadView conversationId={selected} />
      </Col>
    </Row>
  );
}

/** Customer service for the owner and the shop's assistants; the FAQ (the bot's answers) is the owner's. */
export function SupportPage() {
  const owner = useSession((s) => s.staff?.role === 'owner');
  const items = [{ key: 'inbox', label: <span id='support-tab-inbox'>会话</span>, children: <Inbox /> }];
  if (owner) items.push({ key: 'faq', label: <span id='support-tab-faq'>自动回复</span>, children: <FaqEditor /> });
  return (
    <>
      <Typography.Title level={4}>客服</Typography.Title>
      <Tabs id='support-tabs' items={items} />
    </>
  );
}
