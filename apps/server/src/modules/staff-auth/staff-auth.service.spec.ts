import type { AuthTokens, StaffProfile } from '@livemall/shared';
import { strictFake } from '../../../test/support/strict-fake';
import type { TokensService } from '../auth/tokens.service';
import type { UserEntity } from '../users/entities/user.entity';
import type { UsersRepository } from '../users/users.repository';
import { hashPassword, verifyPassword } from './password-hash';
import { StaffAuthService } from './staff-auth.service';
import type { StaffCredentialsRepository, StoredCredential } from './staff-credentials.repository';

const cheap = { N: 1024, r: 8, p: 1 };
const profile: StaffProfile = { userId: 'u1', nickname: '店主', merchantId: 'm1', merchantName: '店', role: 'owner', login: 'boss' };
const tokens = { accessToken: 'a', accessExpiresIn: 900, refreshToken: 'r', user: { id: 'u1' } } as unknown as AuthTokens;
let stored: StoredCredential;

beforeAll(async () => {
  stored = { userId: 'u1', passwordHash: await hashPassword('right-password', cheap), locked: false, lockedUntil: null };
});

const service = (credentials: Partial<StaffCredentialsRepository>, extra: { users?: Partial<UsersRepository>; tokens?: Partial<TokensService> } = {}) =>
  new StaffAuthService(
    strictFake<StaffCredentialsRepository>('credentials', credentials),
    strictFake<UsersRepository>('users', extra.users ?? {}),
    strictFake<TokensService>('tokens', extra.tokens ?? {}),
  );

describe('StaffAuthService (strict fakes)', () => {
  it('answers an unknown login like a wrong password and writes nothing', async () => {
    await expect(service({ findByLogin: async () => null }).login({ login: 'nobody', password: 'x' })).rejects.toMatchObject({ code: 'STAFF_LOGIN_FAILED' });
  });

  it('refuses a locked login before looking at the password', async () => {
    const until = new Date(Date.now() + 60_000);
    const locked = service({ findByLogin: async () => ({ ...stored, locked: true, lockedUntil: until }) });
    await expect(locked.login({ login: 'boss', password: 'right-password' })).rejects.toMatchObject({ code: 'STAFF_LOGIN_LOCKED', details: { lockedUntil: until.toISOString() } });
  });

  it('counts a wrong password; one that finds the lock already set is answered locked', async () => {
    let outcome: 'counted' | 'locked' = 'counted';
    const counted: string[] = [];
    const s = service({ findByLogin: async () => stored, recordFailure: async (id) => (counted.push(id), outcome) });
    await expect(s.login({ login: 'boss', password: 'wrong' })).rejects.toMatchObject({ code: 'STAFF_LOGIN_FAILED' });
    outcome = 'locked';
    await expect(s.login({ login: 'boss', password: 'wrong' })).rejects.toMatchObject({ code: 'STAFF_LOGIN_LOCKED' });
    expect(counted).toEqual(['u1', 'u1']);
  });

  it('issues tokens with the profile after the right password, and refuses a user without a shop', async () => {
    let shop: StaffProfile | null = profile;
    const s = service(
      { findByLogin: async () => stored, recordSuccess: async () => true, profile: async () => shop },
      { users: { findById: async () => ({ id: 'u1' }) as UserEntity }, tokens: { issue: async () => tokens } },
    );
    expect(await s.login({ login: 'boss', password: 'right-password' })).toEqual({ ...tokens, staff: profile });
    shop = null;
    await expect(s.login({ login: 'boss', password: 'right-password' })).rejects.toMatchObject({ code: 'STAFF_NO_SHOP' });
  });

  it('a right password that lost the race to a lock is refused', async () => {
    const s = service({ findByLogin: async () => stored, recordSuccess: async () => false });
    await expect(s.login({ login: 'boss', password: 'right-password' })).rejects.toMatchObject({ code: 'STAFF_LOGIN_LOCKED' });
  });

  it('sets a first password without a current one, and hashes it', async () => {
    let saved: [string, string, string, string | null] | undefined;
    const s = service({ profile: async () => ({ ...profile, login: null }), findByUser: async () => null, save: async (...args) => ((saved = args), 'saved') });
    expect(await s.setPassword('u1', { login: 'boss', password: 'new-password' })).toEqual({ ...profile, login: 'boss' });
    expect(saved?.[3]).toBeNull();
    expect(await verifyPassword('new-password', saved![2])).toBe(true);
  });

  it('changing needs the right current password; a wrong one counts; a lost swap or a taken name is refused', async () => {
    const failures: string[] = [];
    let result: 'saved' | 'taken' | 'stale' = 'taken';
    const s = service({ profile: async () => profile, findByUser: async () => stored, recordFailure: async (id) => (failures.push(id), 'counted'), save: async () => result });
    const change = (currentPassword?: string) => s.setPassword('u1', { login: 'boss', password: 'new-password', ...(currentPassword ? { currentPassword } : {}) });
    await expect(change()).rejects.toMatchObject({ code: 'STAFF_CURRENT_PASSWORD_WRONG' });
    expect(failures).toEqual([]);
    await expect(change('wrong')).rejects.toMatchObject({ code: 'STAFF_CURRENT_PASSWORD_WRONG' });
    expect(failures).toEqual(['u1']);
    await expect(change('right-password')).rejects.toMatchObject({ code: 'STAFF_LOGIN_TAKEN' });
    result = 'stale';
    await expect(change('right-password')).rejects.toMatchObject({ code: 'STAFF_CURRENT_PASSWORD_WRONG' });
  });

  it('a user without a shop cannot set a password', async () => {
    await expect(service({ profile: async () => null }).setPassword('u1', { login: 'boss', password: 'new-password' })).rejects.toMatchObject({ code: 'STAFF_NO_SHOP' });
  });
});
