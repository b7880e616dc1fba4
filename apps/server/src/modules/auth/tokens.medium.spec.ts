import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/config';
import { openTestDataSource } from '../../../test/support/database';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { TokensService } from './tokens.service';

describe('TokensService (real PostgreSQL)', () => {
  let ds: DataSource;
  let tokens: TokensService;
  let user: UserEntity;
  const secret = 'medium-test-secret-0123456789-0123456789';
  const config = { ...loadConfig({}), accessTtlSeconds: 60 };

  beforeAll(async () => {
    ds = await openTestDataSource();
    const users = new UsersRepository(ds.getRepository(UserEntity));
    tokens = new TokensService(new JwtService({ secret }), new RefreshTokenRepository(ds.getRepository(RefreshTokenEntity)), config, users);
    user = await users.upsertGuest(`tok_${randomUUID().slice(0, 8)}`, { nickname: 't' });
  });
  afterAll(() => ds.destroy());

  it('issues an access token that proves the user and roles', async () => {
    const issued = await tokens.issue(user);
    await expect(tokens.verifyAccess(issued.accessToken)).resolves.toEqual({ id: user.id, roles: ['user'] });
    const [{ token_hash }] = await ds.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [user.id]);
    expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token_hash).not.toContain(issued.refreshToken);
  });

  it('tells an expired token from a forged one', async () => {
    const expired = await new JwtService({ secret }).signAsync({ sub: user.id, roles: ['user'] }, { expiresIn: -10 });
    await expect(tokens.verifyAccess(expired)).rejects.toMatchObject({ code: ErrorCode.TOKEN_EXPIRED });
    const forged = await new JwtService({ secret: 'another-secret-0123456789-0123456789' }).signAsync({ sub: user.id, roles: ['admin'] });
    await expect(tokens.verifyAccess(forged)).rejects.toMatchObject({ code: ErrorCode.UNAUTHORIZED });
  });

  it('refuses a well-signed token whose user does not exist', async () => {
    const ghost = await new JwtService({ secret }).signAsync({ sub: randomUUID(), roles: ['user', 'merchant'] }, { expiresIn: 60 });
    await expect(tokens.verifyAccess(ghost)).rejects.toMatchObject({ code: ErrorCode.UNAUTHORIZED });
  });

  it('lets only one of 10 racing refreshes with the same token through', async () => {
    const { refreshToken } = await tokens.issue(user);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => tokens.consume(refreshToken)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
    }
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const first = await tokens.issue(user);
    const { familyId } = await tokens.consume(first.refreshToken);
    const second = await tokens.issue(user, familyId);
    await expect(tokens.consume(first.refreshToken)).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
    // the replay killed the descendant too: whoever holds it must log in again
    await expect(tokens.consume(second.refreshToken)).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
  });

  it('refuses an unknown, a revoked (logout) and an expired refresh token', async () => {
    await expect(tokens.consume('never-issued-token-0000000000')).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
    const a = await tokens.issue(user);
    await tokens.revoke(a.refreshToken);
    await expect(tokens.consume(a.refreshToken)).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
    const b = await tokens.issue(user);
    await ds.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    await expect(tokens.consume(b.refreshToken)).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
  });
});
