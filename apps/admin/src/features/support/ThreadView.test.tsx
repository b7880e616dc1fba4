import { render, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../promotions/common/fake-server';
import { click, fill } from '../promotions/common/form-helpers';
import { ThreadView } from './ThreadView';

const id = '00000000-0000-4000-8000-000000000001';
const conversation = {
  id,
  merchantId: '00000000-0000-4000-8000-000000000002',
  userId: '00000000-0000-4000-8000-000000000003',
  userNickname: '游客小王',
  status: 'human',
  channel: 'app',
  lastText: '转人工',
  lastMessageAt: new Date().toISOString(),
  unread: 1,
};
const msg = (n: number, sender: string, text: string) => ({ id: String(n), sender, text, createdAt: new Date().toISOString() });

// antd in jsdom is slow on a shared machine.
jest.setTimeout(30_000);

describe('ThreadView', () => {
  it('shows the thread, sends a reply once with its own key, and hands the conversation back to the bot', async () => {
    let status = 'human';
    const api = fakeServer({
      [`GET /merchant/support/conversations/${id}/messages`]: (s) => ({
        json: {
          conversation: { ...conversation, status },
          messages: s.query.includes('after=') ? [] : [msg(1, 'user', '转人工'), msg(2, 'bot', '正在为您转接人工客服')],
          cursor: '2',
        },
      }),
      [`POST /merchant/support/conversations/${id}/replies`]: (s) => ({ status: 201, json: msg(3, 'agent', (s.body as { text: string }).text) }),
      [`POST /merchant/support/conversations/${id}/bot`]: () => ((status = 'bot'), { json: { ...conversation, status } }),
    });
    render(<ThreadView conversationId={id} />);
    expect(await screen.findByText('正在为您转接人工客服')).toBeTruthy();
    expect(screen.getByText('人工服务中')).toBeTruthy();

    await click('support-reply-send');
    expect(await screen.findByText('请输入回复内容')).toBeTruthy();
    fill('support-reply-input', '您好，马上处理');
    await click('support-reply-send');
    expect(await screen.findByText('您好，马上处理')).toBeTruthy();
    const [reply] = api.posted('POST', `/merchant/support/conversations/${id}/replies`);
    expect(reply!.body).toEqual({ clientMsgId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text: '您好，马上处理' });
    expect(screen.getAllByText('您好，马上处理')).toHaveLength(1);

    await click('support-to-bot');
    await waitFor(() => expect(screen.getByText('机器人回复中')).toBeTruthy());
  });

  it('keeps the key of a failed reply for its retry, and words the failure', async () => {
    let fail = true;
    const api = fakeServer({
      [`GET /merchant/support/conversations/${id}/messages`]: { json: { conversation, messages: [], cursor: null } },
      [`POST /merchant/support/conversations/${id}/replies`]: (s) =>
        fail ? ((fail = false), { status: 404, json: { code: 'SUPPORT_CONVERSATION_NOT_FOUND', message: 'gone' } }) : { status: 201, json: msg(9, 'agent', (s.body as { text: string }).text) },
    });
    render(<ThreadView conversationId={id} />);
    await screen.findByText('人工服务中');
    fill('support-reply-input', '在的');
    await click('support-reply-send');
    expect((await screen.findByText('这个会话不存在')).closest('#support-error')).toBeTruthy();
    await click('support-reply-send');
    await screen.findByText('在的', { selector: '.support-msg div' });
    const keys = api.posted('POST', `/merchant/support/conversations/${id}/replies`).map((s) => (s.body as { clientMsgId: string }).clientMsgId);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
