import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { commit } from '@livemall/split';
import type { RedPacket } from '@livemall/shared';
import { useSession } from '@/stores/session';
import { fakeRequest, json, type FakeHandler } from '@/test/fake-request';
import { grabRecord, redPacket, user } from '@/test/fixtures';
import { RedPacketScreen } from './redPacket';

const mockRequest = jest.fn();
const mockNavigateTo = jest.fn((_options: { url: string }) => Promise.resolve());
jest.mock('@tarojs/taro', () => {
  const mocked = jest
    .requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request')
    .taroWithRequest((options) => mockRequest(options));
  Object.assign(mocked.default, { navigateTo: (options: { url: string }) => mockNavigateTo(options) });
  return mocked;
});

const noWait = { wait: () => Promise.resolve() };
const path = (url: string) => url.split('?')[0];

function serve(packet: RedPacket, handler: FakeHandler = () => json(404, { code: 'NOT_FOUND', message: 'x' })) {
  const fake = fakeRequest((c) => {
    if (c.method === 'GET' && path(c.url) === `/red-packets/${packet.id}`) return json(200, packet);
    if (c.method === 'GET' && path(c.url) === `/red-packets/${packet.id}/grabs`) return json(200, { items: [], nextCursor: null });
    return handler(c);
  });
  mockRequest.mockImplementation(fake.request);
  return fake;
}

const byId = (container: HTMLElement, id: string) => container.querySelector(`#${id}`);
const findById = (container: HTMLElement, id: string) =>
  waitFor(() => {
    const element = byId(container, id);
    if (!element) throw new Error(`#${id} is not on screen`);
    return element;
  });

beforeEach(() => {
  useSession.setState({ user, accessToken: 'access-1', refreshToken: 'refresh-token-number-1', status: 'ready' });
  mockNavigateTo.mockClear();
});

describe('red-packet page', () => {
  it('shows who sends it, the slogan and the open button, then the amount once opened', async () => {
    const fake = serve(redPacket, (c) =>
      c.method === 'POST' && c.url === `/red-packets/${redPacket.id}/grab`
        ? json(200, { amount: 233, seq: 0, packet: { ...redPacket, remainingAmount: 767, remainingCount: 4, myGrab: { amount: 233, seq: 0 } } })
        : json(404, { code: 'NOT_FOUND', message: 'x' }),
    );
    const { container } = render(<RedPacketScreen id={redPacket.id} deps={noWait} />);

    await screen.findByText('茶小二的红包');
    expect(screen.getByText('恭喜发财，大吉大利')).toBeTruthy();
    expect(screen.getByText('剩余 5 个，共 ¥10.00')).toBeTruthy();
    expect(screen.getByText('还没有人领取')).toBeTruthy();
    expect(byId(container, 'red-packet-verify')).toBeNull();

    fireEvent.click(byId(container, 'red-packet-open')!);
    await waitFor(() => expect(byId(container, 'red-packet-amount')?.textContent).toBe('¥2.33'));
    expect(byId(container, 'red-packet-open')).toBeNull();
    expect(screen.getByText('剩余 4 个，共 ¥7.67')).toBeTruthy();
    expect(fake.calls.find((c) => c.method === 'POST')?.header.Authorization).toBe('Bearer access-1');
  });

  it('shows my earlier amount straight away, without a button', async () => {
    serve({ ...redPacket, myGrab: { amount: 518, seq: 2 } });
    const { container } = render(<RedPacketScreen id={redPacket.id} deps={noWait} />);
    await waitFor(() => expect(byId(container, 'red-packet-amount')?.textContent).toBe('¥5.18'));
    expect(byId(container, 'red-packet-open')).toBeNull();
  });

  it('shows the first amount with a note when the server says I already grabbed', async () => {
    serve(redPacket, () => json(409, { code: 'ALREADY_GRABBED', message: 'already', details: { amount: 188, seq: 1 } }));
    const { container } = render(<RedPacketScreen id={redPacket.id} deps={noWait} />);
    fireEvent.click(await findById(container, 'red-packet-open'));
    await waitFor(() => expect(byId(container, 'red-packet-amount')?.textContent).toBe('¥1.88'));
    expect(screen.getByText('你已经领过了')).toBeTruthy();
  });

  it('says the packet is gone when someone was faster', async () => {
    serve(redPacket, () => json(410, { code: 'RED_PACKET_EMPTY', message: 'empty' }));
    const { container } = render(<RedPacketScreen id={redPacket.id} deps={noWait} />);
    fireEvent.click(await findById(container, 'red-packet-open'));
    await waitFor(() => expect(byId(container, 'red-packet-reason')?.textContent).toBe('手慢了，红包派完了'));
    expect(byId(container, 'red-packet-amount')).toBeNull();
  });

  it('asks a logged-out visitor to log in', async () => {
    useSession.setState({ user: null, accessToken: null, refreshToken: null, status: 'idle' });
    serve(redPacket);
    const { container } = render(<RedPacketScreen id={redPacket.id} deps={noWait} />);
    fireEvent.click(await findById(container, 'red-packet-open'));
    await waitFor(() => expect(byId(container, 'red-packet-reason')?.textContent).toBe('登录后才能抢红包'));
    fireEvent.click(screen.getByText('去登录'));
    expect(mockNavigateTo).toHaveBeenCalledWith({ url: '/subpackages/account/login/index' });
  });

  it('marks the luckiest grab and links a finished packet to its verification with every grab', async () => {
    const seed = 'seed-for-the-page-test-0001';
    const finished: RedPacket = { ...redPacket, status: 'finished', remainingCount: 0, remainingAmount: 0, seed, seedCommitment: commit(seed) };
    const all = [grabRecord(0, 300), grabRecord(1, 500, { luckiest: true }), grabRecord(2, 200)];
    // The verify link pages through the grabs; the list shows the first page.
    mockRequest.mockImplementation(
      fakeRequest((c) => {
        if (path(c.url) === `/red-packets/${finished.id}`) return json(200, finished);
        return c.url.includes('cursor=p2') ? json(200, { items: all.slice(2), nextCursor: null }) : json(200, { items: all.slice(0, 2), nextCursor: 'p2' });
      }).request,
    );
    const { container } = render(<RedPacketScreen id={finished.id} deps={noWait} />);

    await screen.findByText('观众2');
    expect(screen.getByText('手气最佳')).toBeTruthy();
    expect(byId(container, 'red-packet-reason')?.textContent).toBe('手慢了，红包派完了');
    expect(byId(container, 'red-packet-open')).toBeNull();

    await act(async () => {
      fireEvent.click(byId(container, 'red-packet-verify')!);
    });
    await waitFor(() => expect(mockNavigateTo).toHaveBeenCalledTimes(1));
    const url = mockNavigateTo.mock.calls[0]![0].url;
    expect(url.startsWith('/subpackages/redPacket/verify/index?')).toBe(true);
    expect(url).toContain(`seed=${seed}`);
    expect(url).toContain(`shares=${encodeURIComponent('300,500,200')}`);
    expect(url).toContain('total=1000&count=5&algorithm=doubleMean');
  });
});
