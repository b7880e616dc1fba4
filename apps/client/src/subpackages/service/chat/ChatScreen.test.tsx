import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { SupportMessage } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { ChatScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const CONVERSATION = '11111111-2222-4333-8444-555555555555';
const msg = (id: number, sender: SupportMessage['sender'], text: string): SupportMessage => ({ id: String(id), sender, text, createdAt: '2026-12-07T01:00:00.000Z' });
const texts = () => Array.from(document.querySelectorAll('.chat-msg')).map((e) => `${e.className.match(/chat-msg--(\w+)/)![1]}:${e.querySelector('.chat-msg__text')!.textContent}`);

function server() {
  const log: SupportMessage[] = [msg(1, 'user', '你好'), msg(2, 'bot', '这个问题我暂时回答不了')];
  let status: 'bot' | 'human' = 'bot';
  let nextId = 3;
  const fake = fakeRequest((c) => {
    if (c.url === `/support/${MERCHANT}/quick-questions`) return json(200, { questions: ['发货', '退货'] });
    if (c.method === 'GET' && c.url.startsWith(`/support/${MERCHANT}/messages`)) {
      const after = Number(new URL(c.url, 'http://x').searchParams.get('after') ?? 0);
      const messages = log.filter((m) => Number(m.id) > after);
      return json(200, { conversationId: CONVERSATION, status, messages, cursor: messages.at(-1)?.id ?? (after ? String(after) : null) });
    }
    if (c.method === 'POST' && c.url === `/support/${MERCHANT}/messages`) {
      const body = c.data as { clientMsgId: string; text: string };
      const mine = msg(nextId++, 'user', body.text);
      const reply = msg(nextId++, 'bot', body.text.includes('人工') ? '已为您转接人工客服' : `答：${body.text}`);
      if (body.text.includes('人工')) status = 'human';
      log.push(mine, reply);
      return json(200, { conversationId: CONVERSATION, status, message: mine, replies: [reply] });
    }
    return json(404, { code: 'NOT_FOUND', message: c.url });
  });
  return { fake, log, agentSays: (text: string) => log.push(msg(nextId++, 'agent', text)) };
}

describe('ChatScreen', () => {
  // jsdom has no layout, hence no scrollIntoView; ScrollView's scroll-to-newest calls it.
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  it('shows the conversation (mine right, the shop left), sends, hands over, and picks up an agent answer by polling', async () => {
    const s = server();
    mockRequest.mockImplementation(s.fake.request);
    render(<ChatScreen merchantId={MERCHANT} active pollMs={40} initialText='订单 20261207000000000042 ' />);

    await waitFor(() => expect(texts()).toEqual(['user:你好', 'bot:这个问题我暂时回答不了']));
    expect(document.getElementById('chat-status')!.textContent).toContain('智能客服');
    expect(document.getElementById('chat-quick-0')!.textContent).toBe('发货');

    await act(async () => {
      fireEvent.click(document.getElementById('chat-send')!);
    });
    await waitFor(() => expect(texts().slice(2)).toEqual(['user:订单 20261207000000000042', 'bot:答：订单 20261207000000000042']));
    const sent = s.fake.calls.filter((c) => c.method === 'POST');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.data).toMatchObject({ text: '订单 20261207000000000042', clientMsgId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) });

    await act(async () => {
      fireEvent.click(document.getElementById('chat-human')!);
    });
    await waitFor(() => expect(document.getElementById('chat-status')!.textContent).toContain('人工客服接待中'));
    expect(document.getElementById('chat-human')).toBeNull();

    s.agentSays('您好，我来帮您查');
    await waitFor(() => expect(texts().at(-1)).toBe('agent:您好，我来帮您查'));
    // Each message once, although polls and sends both brought some of them.
    expect(texts()).toHaveLength(7);
  });

  it('keeps a failed send on screen and retries it with the same clientMsgId', async () => {
    const s = server();
    let failNext = true;
    mockRequest.mockImplementation((options: { method: string; url: string }) => {
      if (options.method === 'POST' && failNext) {
        failNext = false;
        return Promise.reject({ errMsg: 'request:fail timeout' });
      }
      return s.fake.request(options as never);
    });
    render(<ChatScreen merchantId={MERCHANT} active={false} />);
    await waitFor(() => expect(texts()).toHaveLength(2));
    await act(async () => {
      fireEvent.click(document.getElementById('chat-quick-1')!);
    });
    const retry = await waitFor(() => {
      const el = document.querySelector('.chat-msg__retry');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    await act(async () => {
      fireEvent.click(retry);
    });
    await waitFor(() => expect(texts().slice(-2)).toEqual(['user:退货', 'bot:答：退货']));
    expect(document.querySelector('.chat-msg--pending')).toBeNull();
    // Not polling while inactive: only the first load asked for messages.
    expect(s.fake.calls.filter((c) => c.method === 'GET' && c.url.includes('/messages'))).toHaveLength(1);
  });
});
