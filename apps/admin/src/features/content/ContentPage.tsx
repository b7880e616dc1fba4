import { api, type MerchantContent } from '@livemall/shared';
import { Alert, Button, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/call';
import { usePolling } from '../promotions/common/use-polling';
import { shortTime } from '../promotions/common/window';
import { promoErrorText } from '../promotions/common/words';
import { ContentForm } from './ContentForm';

/** View counts move while the page is open; slower than promotions, they are not a race. */
const CONTENT_POLL_MS = 15_000;

async function allContents(): Promise<MerchantContent[]> {
  const items: MerchantContent[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await call(api.merchantContents, { query: { limit: 50, cursor } });
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

/** The shop's articles and videos: write, edit, publish or take back, delete. */
export function ContentPage() {
  const list = usePolling(allContents, CONTENT_POLL_MS);
  const [editing, setEditing] = useState<MerchantContent | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(promoErrorText(e));
    }
    // Also after a 409: the list shows the status that won.
    await list.reload();
  };

  return (
    <Space orientation='vertical' size='middle' style={{ width: '100%' }}>
      <Typography.Title level={4}>种草内容</Typography.Title>
      <Button id='content-create' type='primary' onClick={() => setEditing('new')}>
        写内容
      </Button>
      {(error ?? list.error) && <Alert id='content-list-error' type='error' showIcon title={error ?? list.error} />}
      <Table<MerchantContent>
        id='content-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有内容，点“写内容”发布第一篇种草' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '类型', render: (_, c) => (c.kind === 'article' ? <Tag color='orange'>图文</Tag> : <Tag color='purple'>视频</Tag>) },
          { title: '标题', dataIndex: 'title' },
          { title: '状态', render: (_, c) => <span id={`content-status-${c.id}`}>{c.status === 'published' ? <Tag color='green'>已发布</Tag> : <Tag>草稿</Tag>}</span> },
          { title: '浏览', dataIndex: 'viewCount', align: 'right' },
          { title: '关联商品', render: (_, c) => `${c.goodsIds.length} 件` },
          { title: '发布时间', render: (_, c) => (c.publishedAt ? shortTime(c.publishedAt) : '—') },
          {
            title: '操作',
            render: (_, c) => (
              <Space>
                <Button id={`content-edit-${c.id}`} size='small' onClick={() => setEditing(c)}>
                  编辑
                </Button>
                {c.status === 'draft' ? (
                  <Button id={`content-publish-${c.id}`} size='small' type='primary' onClick={() => act(() => call(api.publishContent, { params: { id: c.id } }))}>
                    发布
                  </Button>
                ) : (
                  <Button id={`content-unpublish-${c.id}`} size='small' onClick={() => act(() => call(api.unpublishContent, { params: { id: c.id } }))}>
                    下线
                  </Button>
                )}
                <Popconfirm
                  title='删除后无法恢复（浏览记录和关联商品一并删除），确定删除吗？'
                  okText='删除'
                  cancelText='取消'
                  okButtonProps={{ danger: true, id: `content-delete-${c.id}-confirm` }}
                  onConfirm={() => act(() => call(api.deleteContent, { params: { id: c.id } }))}
                >
                  <Button id={`content-delete-${c.id}`} size='small' danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal title={editing === 'new' ? '写内容' : '编辑内容'} open={editing !== null} onCancel={() => setEditing(null)} footer={null} destroyOnHidden width={680}>
        {editing !== null && (
          <ContentForm
            editing={editing === 'new' ? null : editing}
            onSaved={() => {
              setEditing(null);
              void list.reload();
            }}
          />
        )}
      </Modal>
    </Space>
  );
}
