import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RedPacketSendForm } from './RedPacketSendForm';
import { fakeFetch, packetOf, ROOM } from './fixtures.test-util';

// antd forms render slowly on a busy machine.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const submit = () => act(async () => fireEvent.click(document.getElementById('rp-send')!));

describe('RedPacketSendForm', () => {
  it('says in words what is missing or wrong, and calls nobody', async () => {
    const calls = fakeFetch([201, packetOf()]);
    render(<RedPacketSendForm roomId={ROOM} onSent={jest.fn()} />);
    fill('rp-minutes', '');
    await submit();
    expect(await screen.findByText('请填写总金额')).toBeTruthy();
    expect(screen.getByText('请填写红包个数')).toBeTruthy();
    expect(screen.getByText('请填写有效时长')).toBeTruthy();

    fill('rp-amount', '12.345');
    fill('rp-count', '2.5');
    fill('rp-minutes', '1441');
    fill('rp-anchor-avatar', 'http://cdn.example.com/a.png');
    await submit();
    expect(await screen.findByText('总金额格式不对：最多两位小数，例如 12.50')).toBeTruthy();
    expect(screen.getByText('红包个数须是整数')).toBeTruthy();
    expect(screen.getByText('红包最多开放 1440 分钟（24 小时）')).toBeTruthy();
    expect(screen.getByText('头像须是 https:// 开头的完整网址，例如 https://…/a.png')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('needs at least 1 fen and at most ¥200 per share', async () => {
    const calls = fakeFetch([201, packetOf()]);
    render(<RedPacketSendForm roomId={ROOM} onSent={jest.fn()} />);
    fill('rp-amount', '0.04');
    fill('rp-count', '5');
    await submit();
    expect(await screen.findByText('总金额至少 ¥0.05：5 个红包每个至少 ¥0.01')).toBeTruthy();
    fill('rp-amount', '400.01');
    fill('rp-count', '2');
    await submit();
    expect(await screen.findByText('每个红包最多 ¥200.00：2 个红包总金额最多 ¥400.00')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('sends "12.5" yuan for 5 shares as exactly 1250 fen', async () => {
    const calls = fakeFetch([201, packetOf({ totalAmount: 1_250 })]);
    const onSent = jest.fn();
    render(<RedPacketSendForm roomId={ROOM} onSent={onSent} />);
    fill('rp-anchor-name', ' 林掌柜 ');
    fill('rp-amount', '12.5');
    fill('rp-count', '5');
    const before = Date.now();
    await submit();
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(calls).toHaveLength(1);
    const body = calls[0]!.body as Record<string, unknown>;
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/merchant/red-packets' });
    expect(body).toMatchObject({ roomId: ROOM, type: 'lucky', totalAmount: 1250, totalCount: 5, anchorName: '林掌柜', slogan: '恭喜发财，大吉大利' });
    expect(body.anchorAvatarUrl).toBeUndefined();
    const until = Date.parse(body.validUntil as string) - before;
    expect(until).toBeGreaterThanOrEqual(10 * 60_000);
    expect(until).toBeLessThan(10 * 60_000 + 5_000);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells what an equal split that does not divide does, and sends it as is', async () => {
    const calls = fakeFetch([201, packetOf({ type: 'equal', algorithm: 'equal' })]);
    render(<RedPacketSendForm roomId={ROOM} onSent={jest.fn()} />);
    await act(async () => fireEvent.click(document.getElementById('rp-type-equal')!));
    fill('rp-amount', '1');
    fill('rp-count', '3');
    expect(await screen.findByText('不能整除：每人 ¥0.33，最先抢到的 1 人各多得 ¥0.01')).toBeTruthy();
    fill('rp-amount', '0.9');
    expect(await screen.findByText('每人 ¥0.30')).toBeTruthy();
    await submit();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ type: 'equal', totalAmount: 90, totalCount: 3 });
  });

  it("shows the server's refusals in words, and a retry of the same form keeps its request id", async () => {
    const calls = fakeFetch([409, { code: 'INSUFFICIENT_BALANCE', message: 'The merchant balance is too low for this', details: { needed: 100_000, balance: 2_500 } }]);
    render(<RedPacketSendForm roomId={ROOM} onSent={jest.fn()} />);
    fill('rp-amount', '1000');
    fill('rp-count', '10');
    await submit();
    expect(await screen.findByText('账户余额不足：这个红包需要 ¥1000.00，余额只有 ¥25.00，请先充值')).toBeTruthy();
    await submit();
    await waitFor(() => expect(calls).toHaveLength(2));
    expect((calls[1]!.body as { requestId: string }).requestId).toBe((calls[0]!.body as { requestId: string }).requestId);
  });

  it('explains an infeasible split', async () => {
    fakeFetch([400, { code: 'RED_PACKET_INFEASIBLE', message: 'validUntil is in the past', details: { issues: [{ path: ['body', 'validUntil'], message: 'validUntil is in the past' }] } }]);
    render(<RedPacketSendForm roomId={ROOM} onSent={jest.fn()} />);
    fill('rp-amount', '10');
    fill('rp-count', '3');
    await submit();
    expect((await screen.findByText(/金额与个数无法拆分/)).closest('#rp-send-error')).toBeTruthy();
  });
});
