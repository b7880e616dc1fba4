import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { SupportConversation, SupportMessage } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { typeInto } from '@/test/type-into';
import { HostInboxScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const conversation: SupportConversation = {
  id: '11111111-2222-4333-8444-555555555555',
  merchantId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001',
  userId: '99999999-2222-4333-8444-555555555555',
  userNickname: '游客1234',
  status: 'human',
  channel: 'app',
  lastText: '已为您转接人工客服',
  lastMessageAt: '2026-12-07T01:00:00.000Z',
  unread: 2,
};
const msg = (id: number, sender: SupportMessage['sender'], text: string): SupportMessage => ({ id: String(id), sender, text, createdAt: '2026-12-07T01:00:00.000Z' });

describe('HostInboxScreen', () => {
  it('lists waiting conversations, opens one, answers it and hands it back to the bot', async () => {
    let waiting = [conversation];
    const fake = fakeRequest((c) => {
      if (c.url.startsWith('/merchant/support/conversations?')) return json(200, { items: waiting });
      if (c.url.startsWith(`/merchant/support/conversations/${conversation.id}/messages`)) {
        return json(200, { conversation: { ...conversation, unread: 0 }, messages: [msg(1, 'user', '转人工'), msg(2, 'bot', '已为您转接人工客服')], cursor: '2' });
      }
      if (c.url === `/merchant/support/conversations/${conversation.id}/replies`) return json(201, msg(3, 'agent', (c.data as { text: string }).text));
      if (c.url === `/merchant/support/conversations/${conversation.id}/bot`) {
        waiting = [];
        return json(200, { ...conversation, status: 'bot' });
      }
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<HostInboxScreen active={false} />);

    const row = await waitFor(() => {
      const el = document.getElementById(`host-chat-${conversation.id}`);
      expect(el).not.toBeNull();
      return el!;
    });
    expect(row.textContent).toContain('2 条未读');
    await act(async () => {
      fireEvent.click(row);
    });
    await waitFor(() => expect(document.getElementById('host-msg-2')!.textContent).toContain('已为您转接人工客服'));

    await act(async () => {
      await typeInto('host-reply-input', '您好，请讲');
    });
    await act(async () => {
      fireEvent.click(document.getElementById('host-reply-send')!);
    });
    await waitFor(() => expect(document.getElementById('host-msg-3')!.textContent).toContain('您好，请讲'));
    const sent = fake.calls.find((c) => c.url.endsWith('/replies'))!;
    expect(sent.data).toMatchObject({ text: '您好，请讲', clientMsgId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) });

    await act(async () => {
      fireEvent.click(document.getElementById('host-thread-bot')!);
    });
    await waitFor(() => expect(document.getElementById('host-thread')).toBeNull());
    expect(document.body.textContent).toContain('没有等待人工回复的会话');
  });
});
