import { render, screen, waitFor } from '@testing-library/react';
import { emptyPage, fakeServer } from '../promotions/common/fake-server';
import { click, fill, submit } from '../promotions/common/form-helpers';
import { ContentForm } from './ContentForm';
import { urlProblem } from './content-request';

const saved = (body: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-000000000001',
  merchantId: '00000000-0000-4000-8000-000000000002',
  viewCount: 0,
  publishedAt: null,
  status: 'draft',
  body: null,
  videoUrl: null,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  ...body,
});

function server() {
  return fakeServer({
    'GET /merchant/goods': { json: emptyPage },
    'POST /merchant/contents': (s) => ({ status: 201, json: saved(s.body as Record<string, unknown>) }),
  });
}

// antd forms in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('content URLs', () => {
  it.each(['javascript:alert(1)', 'http://cdn.example.com/a.jpg', 'data:image/png;base64,AAA', 'https:foo', 'https://a.com/x y'])('refuses %s in words', (url) => {
    expect(urlProblem(url, '封面网址', false)).toBe('封面网址须为 https:// 开头的完整网址（不接受 http:、javascript: 等）');
  });
  it('takes an https URL, and nothing when optional', () => {
    expect(urlProblem('https://cdn.example.com/a.jpg', '封面网址', false)).toBeNull();
    expect(urlProblem('', '封面网址', false)).toBeNull();
    expect(urlProblem(' ', '视频网址', true)).toBe('请填写视频网址');
  });
});

describe('ContentForm', () => {
  it('needs a body for an article and refuses a javascript: cover in words', async () => {
    const api = server();
    render(<ContentForm editing={null} onSaved={jest.fn()} />);
    fill('content-title', '秋天的第一个橙子');
    fill('content-cover', 'javascript:alert(1)');
    await submit('content-submit');
    expect(await screen.findByText('图文需要正文')).toBeTruthy();
    expect(screen.getByText('封面网址须为 https:// 开头的完整网址（不接受 http:、javascript: 等）')).toBeTruthy();
    expect(api.posted('POST', '/merchant/contents')).toHaveLength(0);
  });

  it('needs an https video URL for a video, then sends the video without a body', async () => {
    const api = server();
    const onSaved = jest.fn();
    render(<ContentForm editing={null} onSaved={onSaved} />);
    await click('content-kind-video');
    fill('content-title', '开箱');
    await submit('content-submit');
    expect(await screen.findByText('请填写视频网址')).toBeTruthy();
    fill('content-video', 'http://cdn.example.com/clip.mp4');
    await submit('content-submit');
    expect(await screen.findByText('视频网址须为 https:// 开头的完整网址（不接受 http:、javascript: 等）')).toBeTruthy();
    expect(api.posted('POST', '/merchant/contents')).toHaveLength(0);

    fill('content-video', 'https://cdn.example.com/clip.mp4');
    fill('content-summary', '  ');
    await submit('content-submit');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.posted('POST', '/merchant/contents')[0]!.body).toEqual({
      kind: 'video',
      title: '开箱',
      summary: null,
      coverUrl: null,
      goodsIds: [],
      videoUrl: 'https://cdn.example.com/clip.mp4',
    });
  });

  it("words the server's goods refusal", async () => {
    fakeServer({
      'GET /merchant/goods': { json: emptyPage },
      'POST /merchant/contents': { status: 400, json: { code: 'CONTENT_GOODS_INVALID', message: 'goods not yours' } },
    });
    render(<ContentForm editing={null} onSaved={jest.fn()} />);
    fill('content-title', 't');
    fill('content-body', '正文');
    await submit('content-submit');
    expect((await screen.findByText('只能关联本店的商品（最多 10 件）')).closest('#content-error')).toBeTruthy();
  });
});
