import { render, screen, waitFor } from '@testing-library/react';
import { click, fill, submit } from '../common/form-helpers';
import { emptyPage, fakeServer } from '../common/fake-server';
import { CouponForm } from './CouponForm';

const template = (body: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-000000000001',
  merchantId: '00000000-0000-4000-8000-000000000002',
  merchantName: '演示小店',
  status: 'active',
  claimedCount: 0,
  usedCount: 0,
  createdAt: new Date().toISOString(),
  ...body,
});

function server() {
  return fakeServer({
    'GET /merchant/goods': { json: emptyPage },
    'POST /merchant/coupon-templates': (s) => ({ status: 201, json: template(s.body as Record<string, unknown>) }),
  });
}

// antd forms in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('CouponForm', () => {
  it('sends ¥5 off over ¥99.9 as exactly 500 and 9990 fen', async () => {
    const api = server();
    const created = jest.fn();
    render(<CouponForm onCreated={created} />);
    fill('coupon-name', '满99.9减5');
    fill('coupon-threshold', '99.9');
    fill('coupon-amount', '5');
    fill('coupon-quantity', '100');
    fill('coupon-per-user', '2');
    await submit('coupon-submit');
    await waitFor(() => expect(created).toHaveBeenCalled());
    const [sent] = api.posted('POST', '/merchant/coupon-templates');
    expect(sent!.body).toMatchObject({
      name: '满99.9减5',
      rule: { kind: 'amount_off', thresholdFen: 9990, amountFen: 500 },
      validity: { kind: 'relative', validDays: 7 },
      totalQuantity: 100,
      perUserLimit: 2,
      scope: { kind: 'all' },
      newUserOnly: false,
    });
  });

  it('says in words what is wrong and sends nothing', async () => {
    const api = server();
    render(<CouponForm onCreated={jest.fn()} />);
    fill('coupon-threshold', '5');
    fill('coupon-amount', '5');
    fill('coupon-quantity', '0');
    await submit('coupon-submit');
    expect(await screen.findByText('请填写优惠券名称')).toBeTruthy();
    expect(screen.getByText('减免金额须低于使用门槛')).toBeTruthy();
    expect(screen.getByText('发放总量须在 1 到 1000000 之间')).toBeTruthy();
    fill('coupon-amount', '1.234');
    await submit('coupon-submit');
    expect(await screen.findByText('减免金额格式不对：最多两位小数，例如 12.50')).toBeTruthy();
    expect(api.posted('POST', '/merchant/coupon-templates')).toHaveLength(0);
  });

  it('takes a percent as a whole number from 1 to 99 with a cap in yuan', async () => {
    const api = server();
    const created = jest.fn();
    render(<CouponForm onCreated={created} />);
    await click('coupon-kind-percent');
    fill('coupon-name', '85折');
    fill('coupon-quantity', '10');
    fill('coupon-percent', '8.5');
    await submit('coupon-submit');
    expect(await screen.findByText('折扣百分比须为整数')).toBeTruthy();
    expect(screen.getByText('请填写最高减免')).toBeTruthy();
    fill('coupon-percent', '100');
    await submit('coupon-submit');
    expect(await screen.findByText('折扣百分比须在 1 到 99 之间')).toBeTruthy();
    expect(api.posted('POST', '/merchant/coupon-templates')).toHaveLength(0);

    fill('coupon-percent', '85');
    fill('coupon-cap', '20.05');
    await submit('coupon-submit');
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(api.posted('POST', '/merchant/coupon-templates')[0]!.body).toMatchObject({ rule: { kind: 'percent_off', thresholdFen: 0, payPercent: 85, capFen: 2005 } });
  });

  it("shows the server's refusal in words", async () => {
    fakeServer({
      'GET /merchant/goods': { json: emptyPage },
      'POST /merchant/coupon-templates': { status: 403, json: { code: 'NOT_A_MERCHANT', message: 'You have no shop' } },
    });
    render(<CouponForm onCreated={jest.fn()} />);
    fill('coupon-name', 'x');
    fill('coupon-amount', '1');
    fill('coupon-quantity', '1');
    await submit('coupon-submit');
    expect((await screen.findByText('当前账号没有店铺')).closest('#coupon-error')).toBeTruthy();
  });
});
