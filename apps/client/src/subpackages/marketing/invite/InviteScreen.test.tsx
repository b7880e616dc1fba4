import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { typeInto } from '@/test/type-into';
import { inviteInfo, uuid } from '@/test/marketing-fixtures';
import InvitePage from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () => {
  const mocked = jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest((options) =>
    mockRequest(options),
  );
  Object.assign(mocked.default, { useRouter: () => ({ params: {} }) });
  return { ...mocked, useRouter: () => ({ params: {} }) };
});

const typeCode = (value: string) => typeInto('invite-input', value);

describe('Invite', () => {
  it('shows my code and link, checks a code before sending it, and binds the inviter', async () => {
    const bound = inviteInfo({ canBind: false, inviter: { userId: uuid(1), nickname: '阿青', avatarUrl: null } });
    const fake = fakeRequest((c) => (c.method === 'GET' ? json(200, inviteInfo()) : json(200, bound)));
    mockRequest.mockImplementation(fake.request);
    render(<InvitePage />);
    await waitFor(() => expect(document.getElementById('invite-code')!.textContent).toBe('ABCD2345'));
    expect(document.getElementById('invite-share-link')!.textContent).toBe('http://localhost/#/pages/mall/index?inviteCode=ABCD2345');
    expect(document.getElementById('invite-points')!.textContent).toBe('获得 200 积分');

    await typeCode('O0O0');
    fireEvent.click(document.getElementById('invite-bind')!);
    await waitFor(() => expect(document.getElementById('invite-bind-error')!.textContent).toBe('邀请码是 8 位字母或数字'));
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await typeCode('wxyz6789');
    await act(async () => {
      fireEvent.click(document.getElementById('invite-bind')!);
    });
    await waitFor(() => expect(document.getElementById('invite-inviter')!.textContent).toContain('阿青'));
    expect(fake.calls.find((c) => c.method === 'POST')!.data).toEqual({ code: 'WXYZ6789' });
  });
});
