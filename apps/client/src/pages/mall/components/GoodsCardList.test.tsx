import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetExperimentCache } from '@/services/experiments';
import { useSession } from '@/stores/session';
import { fakeRequest, json, type FakeHandler } from '@/test/fake-request';
import { goodsCard, user } from '@/test/fixtures';
import { GoodsCardList } from './GoodsCardList';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const items = [goodsCard, { ...goodsCard, id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e09', title: '第二件' }];
const assignment = '/experiments/goods-card-layout/assignment';
const exposure = '/experiments/goods-card-layout/exposures';

/** The server: my arm of goods-card-layout (or an answer of its own), and exposures accepted. */
function serverSaying(answer: ReturnType<FakeHandler>) {
  const fake = fakeRequest((c) => {
    if (c.method === 'GET' && c.url === assignment) return answer;
    if (c.method === 'POST' && c.url === exposure) return json(201, { key: 'goods-card-layout', variant: 'list', exposedAt: new Date().toISOString() });
    return json(404, { code: 'NOT_FOUND', message: c.url });
  });
  mockRequest.mockImplementation(fake.request);
  return fake;
}
const exposures = (fake: ReturnType<typeof serverSaying>) => fake.calls.filter((c) => c.url === exposure).length;

beforeEach(() => {
  resetExperimentCache();
  mockRequest.mockReset();
  useSession.setState({ user, accessToken: 'access-1', refreshToken: 'refresh-token-number-1', status: 'ready' });
});

describe('GoodsCardList (goods-card-layout experiment)', () => {
  it('in the list arm: one card per row, the cards keep their ids, the exposure is logged once', async () => {
    const fake = serverSaying(json(200, { key: 'goods-card-layout', variant: 'list' }));
    const onOpen = jest.fn();
    const { rerender } = render(<GoodsCardList items={items} onOpen={onOpen} resetKey='a' />);
    await waitFor(() => expect(document.querySelector('#mall-waterfall.goods-rows')).not.toBeNull());
    expect(document.querySelectorAll('.goods-rows__cell')).toHaveLength(2);
    expect(document.querySelector('.waterfall__column')).toBeNull();
    fireEvent.click(screen.getByText('第二件'));
    expect(onOpen).toHaveBeenCalledWith(items[1]);
    // A new search remounts nothing that asks again: still one question and one exposure.
    rerender(<GoodsCardList items={items.slice(0, 1)} onOpen={onOpen} resetKey='b' />);
    await waitFor(() => expect(exposures(fake)).toBe(1));
    expect(document.querySelectorAll(`#goods-card-${goodsCard.id}`)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.url === assignment)).toHaveLength(1);
  });

  it('in the grid arm: the two-column waterfall, exposure logged', async () => {
    const fake = serverSaying(json(200, { key: 'goods-card-layout', variant: 'grid' }));
    render(<GoodsCardList items={items} onOpen={jest.fn()} resetKey='a' />);
    await waitFor(() => expect(document.querySelectorAll('#mall-waterfall .waterfall__column')).toHaveLength(2));
    expect(document.querySelector('.goods-rows')).toBeNull();
    await waitFor(() => expect(exposures(fake)).toBe(1));
  });

  it('not in the experiment (none running or none at all): the waterfall, and no exposure', async () => {
    const fake = serverSaying(json(404, { code: 'EXPERIMENT_NOT_FOUND', message: 'no such experiment' }));
    render(<GoodsCardList items={items} onOpen={jest.fn()} resetKey='a' />);
    await waitFor(() => expect(document.querySelectorAll('#mall-waterfall .waterfall__column')).toHaveLength(2));
    expect(exposures(fake)).toBe(0);
  });

  it('while the arm is unknown: loading, no cards of either layout', async () => {
    let answer: (a: ReturnType<FakeHandler>) => void = () => undefined;
    serverSaying(new Promise((resolve) => (answer = resolve)));
    render(<GoodsCardList items={items} onOpen={jest.fn()} resetKey='a' />);
    await waitFor(() => expect(mockRequest).toHaveBeenCalled());
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(document.querySelector('.goods-card')).toBeNull();
    await act(async () => answer(json(200, { key: 'goods-card-layout', variant: 'list' })));
    await waitFor(() => expect(document.querySelectorAll('.goods-rows .goods-card')).toHaveLength(2));
  });

  it('waits for the launch login before asking; a failed login shows the waterfall', async () => {
    useSession.setState({ user: null, accessToken: null, refreshToken: null, status: 'loading' });
    const fake = serverSaying(json(200, { key: 'goods-card-layout', variant: 'list' }));
    render(<GoodsCardList items={items} onOpen={jest.fn()} resetKey='a' />);
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(fake.calls).toHaveLength(0);
    act(() => useSession.setState({ status: 'error', error: '网络不给力' }));
    expect(document.querySelectorAll('#mall-waterfall .waterfall__column')).toHaveLength(2);
    expect(fake.calls).toHaveLength(0);
  });
});
