import { render, screen, waitFor } from '@testing-library/react';
import { contentCard } from '@/test/content-fixtures';
import { fakeRequest, json } from '@/test/fake-request';
import { RelatedContents } from './components/RelatedContents';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const goodsId = '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e01';

describe('RelatedContents', () => {
  it('lists the content that links the goods with kind and views', async () => {
    const fake = fakeRequest((c) =>
      c.url === `/goods/${goodsId}/contents`
        ? json(200, { items: [contentCard(1, { title: '挑橙子三招', viewCount: 42 }), contentCard(2, { kind: 'video', title: '冷链怎么发' })] })
        : json(404, { code: 'NOT_FOUND', message: c.url }),
    );
    mockRequest.mockImplementation(fake.request);
    render(<RelatedContents goodsId={goodsId} />);
    await waitFor(() => expect(screen.getByText('相关内容')).toBeTruthy());
    expect(screen.getByText('挑橙子三招')).toBeTruthy();
    expect(screen.getByText('42 浏览')).toBeTruthy();
    expect(screen.getByText('视频')).toBeTruthy();
    expect(document.getElementById(`goods-content-${contentCard(1).id}`)).toBeTruthy();
  });

  it('shows nothing when no content links it, or when the list fails', async () => {
    for (const answer of [json(200, { items: [] }), json(500, { code: 'INTERNAL_ERROR', message: 'x' })]) {
      const fake = fakeRequest(() => answer);
      mockRequest.mockImplementation(fake.request);
      const { container, unmount } = render(<RelatedContents goodsId={goodsId} />);
      await waitFor(() => expect(fake.calls).toHaveLength(1));
      await new Promise((r) => setTimeout(r, 0));
      expect(container.textContent).toBe('');
      unmount();
    }
  });
});
