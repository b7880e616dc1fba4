import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { LoginPage } from './LoginPage';
import { useSession } from './session';

const tokens = { accessToken: 'a', refreshToken: 'r', accessExpiresIn: 900, user: { id: 'u', nickname: '店长', avatarUrl: null, roles: ['user', 'merchant'] } } as never;
const staff = { userId: 'u', nickname: '店长', merchantId: 'm', merchantName: '演示小店', role: 'owner' as const, login: 'demo' };

const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('LoginPage', () => {
  beforeEach(() => useSession.getState().signOut());

  it('asks for both fields in words before calling the server', async () => {
    const login = jest.fn();
    render(<LoginPage login={login} />);
    await act(async () => fireEvent.click(document.getElementById('login-submit')!));
    expect(await screen.findByText('请输入账号')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(login).not.toHaveBeenCalled();
  });

  it('signs in with what the server answers, and keeps it for a reload', async () => {
    const login = jest.fn().mockResolvedValue({ tokens, staff });
    render(<LoginPage login={login} />);
    fill('login-name', ' demo ');
    fill('login-password', 'demo1234');
    await act(async () => fireEvent.click(document.getElementById('login-submit')!));
    await waitFor(() => expect(useSession.getState().staff).toEqual(staff));
    expect(login).toHaveBeenCalledWith('demo', 'demo1234');
    expect(JSON.parse(localStorage.getItem('livemall.console.session')!)).toEqual({ tokens, staff });
  });

  it("shows the server's words when the password is wrong", async () => {
    const login = jest.fn().mockRejectedValue(new ApiError('STAFF_LOGIN_FAILED', 401, 'Wrong login name or password'));
    render(<LoginPage login={login} />);
    fill('login-name', 'demo');
    fill('login-password', 'nope');
    await act(async () => fireEvent.click(document.getElementById('login-submit')!));
    expect((await screen.findByText('账号或密码不正确')).closest('#login-error')).toBeTruthy();
    expect(useSession.getState().staff).toBeNull();
  });
});
