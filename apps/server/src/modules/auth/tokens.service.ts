import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AuthTokens, type Role, roleSchema } from '@livemall/shared';
import { z } from 'zod';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import type { UserEntity } from '../users/entities/user.entity';
import { toUserDto } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import type { AuthUser } from './auth-user';
import { authErrors } from './auth.errors';
import { type ConsumedToken, RefreshTokenRepository } from './refresh-token.repository';
import { VerifiedTokenCache } from './verified-token-cache';

const accessClaims = z.object({ sub: z.string().uuid(), roles: z.array(roleSchema), exp: z.number().int() });

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokensService {
  private readonly verified = new VerifiedTokenCache();

  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokenRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
  ) {}

  /** A short-lived access token (JWT) and a long-lived, single-use refresh token (opaque, stored hashed). */
  async issue(user: UserEntity, familyId: string = randomUUID()): Promise<AuthTokens> {
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, roles: user.roles satisfies Role[] },
      { expiresIn: this.config.accessTtlSeconds },
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      familyId,
      expiresAt: new Date(Date.now() + this.config.refreshTtlDays * 86_400_000),
    });
    return { accessToken, accessExpiresIn: this.config.accessTtlSeconds, refreshToken, user: toUserDto(user) };
  }

  async verifyAccess(token: string): Promise<AuthUser> {
    const cached = this.verified.get(token);
    if (cached) return cached;
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync(token);
    } catch (error) {
      throw (error as Error).name === 'TokenExpiredError' ? authErrors.tokenExpired() : authErrors.unauthorized();
    }
    const claims = accessClaims.safeParse(payload);
    if (!claims.success) throw authErrors.unauthorized();
    // A well-signed token can outlive its user (a removed account, a database restored from before the
    // signup): without this every write of such a caller failed on a foreign key with a 500. Once per
    // token, then cached with it.
    if (!(await this.users.exists(claims.data.sub))) throw authErrors.unauthorized();
    const user = { id: claims.data.sub, roles: claims.data.roles };
    this.verified.set(token, user, claims.data.exp * 1000);
    return user;
  }

  /**
   * Uses up a refresh token. A token presented a second time means it leaked (or a client retried after a
   * lost reply): the whole family is revoked, so a thief's copy dies with the owner's.
   */
  async consume(refreshToken: string): Promise<ConsumedToken> {
    const hash = sha256(refreshToken);
    const consumed = await this.refreshTokens.consume(hash);
    if (consumed) return consumed;
    const known = await this.refreshTokens.findFamilyOf(hash);
    if (known?.revokedAt) await this.refreshTokens.revokeFamily(known.familyId);
    throw authErrors.refreshInvalid();
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.refreshTokens.revoke(sha256(refreshToken));
  }
}
