import { render, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../promotions/common/fake-server';
import { click } from '../promotions/common/form-helpers';
import { ContentPage } from './ContentPage';

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  merchantId: '00000000-0000-4000-8000-000000000002',
  kind: 'article',
  title: '秋天的第一个橙子',
  summary: null,
  coverUrl: null,
  viewCount: 42,
  publishedAt: null,
  status: 'draft',
  body: '正文',
  videoUrl: null,
  goodsIds: [],
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};

// antd tables in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('ContentPage', () => {
  it('lists content with views, and words a 409 when someone else published first', async () => {
    let published = false;
    const api = fakeServer({
      'GET /merchant/contents': () => ({ json: { items: [{ ...row, status: published ? 'published' : 'draft' }], nextCursor: null } }),
      [`POST /merchant/contents/${row.id}/publish`]: () => {
        published = true; // another tab won the race
        return { status: 409, json: { code: 'CONTENT_STATUS_INVALID', message: 'not a draft' } };
      },
    });
    render(<ContentPage />);
    expect(await screen.findByText('秋天的第一个橙子')).toBeTruthy();
    expect(screen.getByText('42')).toBeTruthy();
    expect(screen.getByText('草稿')).toBeTruthy();
    await click(`content-publish-${row.id}`);
    expect(await screen.findByText('内容状态已变化（可能已在别处发布或下线），已刷新列表，请重试')).toBeTruthy();
    await waitFor(() => expect(document.getElementById(`content-status-${row.id}`)!.textContent).toBe('已发布'));
    expect(api.posted('POST', `/merchant/contents/${row.id}/publish`)).toHaveLength(1);
  });
});
