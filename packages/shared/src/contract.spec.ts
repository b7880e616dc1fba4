import { api } from './api';
import { fillPath } from './contract';

describe('the route contract', () => {
  it('fills and encodes path parameters', () => {
    expect(fillPath('/rooms/:id/grabs/:page', { id: 'a b', page: 2 })).toBe('/rooms/a%20b/grabs/2');
    expect(() => fillPath('/rooms/:id', {})).toThrow(/missing path parameter "id"/);
  });

  it('has one route per method and path, all absolute', () => {
    const keys = Object.values(api).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of Object.values(api)) expect(r.path.startsWith('/')).toBe(true);
  });

  it('keeps secrets out of the user a login returns', () => {
    const parsed = api.wechatLogin.response.parse({
      accessToken: 'a',
      accessExpiresIn: 900,
      refreshToken: 'r',
      user: { id: '2b0d7a8e-7b4a-4d57-9a3c-1b8e64f4d9a1', nickname: 'n', avatarUrl: null, roles: ['user'], provider: 'wechat', createdAt: new Date(0).toISOString(), openid: 'secret' },
    });
    expect(parsed.user).not.toHaveProperty('openid');
  });
});
