import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { address, group, groupBuyActivity, order, uuid } from '@/test/marketing-fixtures';
import { GroupBuyScreen } from './index';
import { useGroupBuy } from './use-group-buy';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const activity = groupBuyActivity();
const open = group({ members: [{ nickname: '小茶', avatarUrl: null, isStarter: true, virtual: false }] });
const paymentId = uuid(300);
const buyer = { addresses: [address], address, reload: async () => undefined };

function Harness() {
  const state = useGroupBuy(activity.id);
  return state.detail ? <GroupBuyScreen state={state} buyer={buyer} /> : null;
}

describe('GroupBuyScreen', () => {
  it('shows the group price against the normal price and the open groups with their seats', async () => {
    mockRequest.mockImplementation(fakeRequest(() => json(200, { activity, openGroups: [open] })).request);
    render(<Harness />);
    await waitFor(() => expect(document.getElementById('group-buy-price')!.textContent).toBe('¥39.00'));
    expect(document.getElementById('group-buy-normal')!.textContent).toBe('¥59.00');
    expect(screen.getByText('省¥20.00')).toBeTruthy();
    const seats = document.getElementById(`group-seats-${open.id}`)!;
    expect(seats.querySelectorAll('.mk-seat--taken')).toHaveLength(1);
    expect(seats.querySelectorAll('.mk-seat--empty')).toHaveLength(2);
    expect(screen.getByText('还差 2 人成团')).toBeTruthy();
    expect(document.getElementById('group-buy-start')!.textContent).toBe('发起拼团 ¥39.00');
  });

  it('参团 creates the order for that group with a requestId and goes on to pay it', async () => {
    const placed = order({ source: 'group_buy', sourceId: activity.id, totalFen: 3900, itemsFen: 3900 });
    const fake = fakeRequest((c) => {
      if (c.method === 'GET') return json(200, { activity, openGroups: [open] });
      if (c.url === `/groups/${open.id}/join`) return json(201, { group: { ...open }, order: placed });
      if (c.url === `/orders/${placed.id}/pay`) return json(200, { provider: 'dev', paymentId });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<Harness />);
    await waitFor(() => expect(document.getElementById(`join-group-${open.id}`)).not.toBeNull());
    await act(async () => {
      fireEvent.click(document.getElementById(`join-group-${open.id}`)!);
    });
    await waitFor(() => expect(document.getElementById('pay-dev-sheet')).not.toBeNull());
    expect(document.getElementById('pay-dev-amount')!.textContent).toBe('¥39.00');
    const join = fake.calls.find((c) => c.url.endsWith('/join'))!;
    expect(join.data).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), addressId: address.id });
  });

  it('says why a join was refused', async () => {
    mockRequest.mockImplementation(
      fakeRequest((c) => (c.method === 'GET' ? json(200, { activity, openGroups: [open] }) : json(409, { code: 'GROUP_FULL', message: 'full' }))).request,
    );
    render(<Harness />);
    await waitFor(() => expect(document.getElementById(`join-group-${open.id}`)).not.toBeNull());
    await act(async () => {
      fireEvent.click(document.getElementById(`join-group-${open.id}`)!);
    });
    await waitFor(() => expect(document.getElementById('group-buy-message')!.textContent).toBe('这个团已满员，换个团或自己开团吧'));
  });
});
