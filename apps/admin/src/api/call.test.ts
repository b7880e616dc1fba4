import { api } from '@livemall/shared';
import { call, setTokenHooks } from './call';

const staff = { userId: '7f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001', nickname: '店长', merchantId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001', merchantName: '小店', role: 'owner', login: 'demo' };

describe('call', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    setTokenHooks({ access: () => 'tok', refresh: () => null, refreshed: () => undefined, lost: () => undefined });
  });
  const answer = (status: number, body: unknown) => ({ ok: status < 300, status, text: async () => JSON.stringify(body) });

  it('sends the access token to a user route even when it is tagged auth (who am I)', async () => {
    fetchMock.mockResolvedValue(answer(200, staff));
    await expect(call(api.consoleMe)).resolves.toEqual(staff);
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer tok');
  });

  it('sends no token to a public route (login), so a stale one cannot fail it', async () => {
    fetchMock.mockResolvedValue(answer(401, { code: 'STAFF_LOGIN_FAILED', message: 'x' }));
    await expect(call(api.staffLogin, { body: { login: 'demo', password: 'nope' } })).rejects.toMatchObject({ code: 'STAFF_LOGIN_FAILED', status: 401 });
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined();
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ login: 'demo', password: 'nope' });
  });
});
