import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { typeInto } from '@/test/type-into';
import { fakeRequest, json } from '@/test/fake-request';
import { profile } from '@/test/member-fixtures';
import { SettingsScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const now = () => Date.parse('2026-11-22T04:00:00.000Z');

describe('SettingsScreen (H5)', () => {
  it('saves the nickname, explains the phone is WeChat-only, and sets the birthday once', async () => {
    const fake = fakeRequest((c) => {
      if (c.method === 'GET' && c.url === '/me/profile') return json(200, profile());
      if (c.method === 'GET' && c.url === '/me/birthday') return json(200, { birthday: null, changeableFrom: null });
      if (c.method === 'PATCH' && c.url === '/me/profile') return json(200, profile({ nickname: (c.data as { nickname: string }).nickname }));
      if (c.method === 'PUT' && c.url === '/me/birthday') return json(200, { birthday: c.data, changeableFrom: '2027-11-22T04:00:00.000Z' });
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<SettingsScreen now={now} />);

    await waitFor(() => expect(document.getElementById('settings-phone')!.textContent).toBe('请在微信小程序中绑定手机号'));
    expect(document.getElementById('settings-level')!.textContent).toBe('银卡');

    await typeInto('settings-avatar', 'http://insecure.example.com/a.png');
    fireEvent.click(document.getElementById('settings-profile-save')!);
    expect(document.getElementById('settings-profile-error')!.textContent).toBe('头像需为 https:// 开头的图片地址');
    await typeInto('settings-avatar', '');
    await typeInto('settings-nickname', '小红');
    await act(async () => {
      fireEvent.click(document.getElementById('settings-profile-save')!);
    });
    await waitFor(() => expect(fake.calls.find((c) => c.method === 'PATCH')?.data).toEqual({ nickname: '小红' }));

    await typeInto('settings-birthday-month', '2');
    await typeInto('settings-birthday-day', '30');
    fireEvent.click(document.getElementById('settings-birthday-save')!);
    expect(screen.getByText('请填写正确的月和日')).toBeTruthy();
    await typeInto('settings-birthday-day', '29');
    await act(async () => {
      fireEvent.click(document.getElementById('settings-birthday-save')!);
    });
    await waitFor(() => expect(document.getElementById('settings-birthday')!.textContent).toBe('2月29日'));
    expect(document.getElementById('settings-birthday-note')!.textContent).toBe('2027年11月22日后可再修改');
    expect(fake.calls.find((c) => c.method === 'PUT')!.data).toEqual({ month: 2, day: 29 });
  });
});
