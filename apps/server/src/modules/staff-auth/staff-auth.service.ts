import { Injectable } from '@nestjs/common';
import type { SetStaffPasswordRequest, StaffLoginRequest, StaffLoginResult, StaffProfile } from '@livemall/shared';
import { TokensService } from '../auth/tokens.service';
import { UsersRepository } from '../users/users.repository';
import { hashPassword, verifyPassword } from './password-hash';
import { staffAuthErrors } from './staff-auth.errors';
import { StaffCredentialsRepository } from './staff-credentials.repository';

/**
 * The merchant console's password login, for shop owners and their assistants. Whether someone may use the
 * console is read at every login from the shop tables, so a removed assistant is refused at once.
 */
@Injectable()
export class StaffAuthService {
  // An unknown login still pays for one hash, so its answer takes as long as a wrong password's.
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly credentials: StaffCredentialsRepository,
    private readonly users: UsersRepository,
    private readonly tokens: TokensService,
  ) {}

  async login(input: StaffLoginRequest): Promise<StaffLoginResult> {
    const credential = await this.credentials.findByLogin(input.login);
    if (!credential) {
      await verifyPassword(input.password, await (this.decoy ??= hashPassword('decoy')));
      throw staffAuthErrors.loginFailed();
    }
    if (credential.locked) throw staffAuthErrors.locked(credential.lockedUntil);
    if (!(await verifyPassword(input.password, credential.passwordHash))) {
      if ((await this.credentials.recordFailure(credential.userId)) === 'locked') throw staffAuthErrors.locked(null);
      throw staffAuthErrors.loginFailed();
    }
    if (!(await this.credentials.recordSuccess(credential.userId))) throw staffAuthErrors.locked(null);
    const staff = await this.me(credential.userId);
    const user = await this.users.findById(credential.userId);
    if (!user) throw staffAuthErrors.loginFailed();
    return { ...(await this.tokens.issue(user)), staff };
  }

  async me(userId: string): Promise<StaffProfile> {
    const staff = await this.credentials.profile(userId);
    if (!staff) throw staffAuthErrors.noShop();
    return staff;
  }

  /** Set my own login and password; changing them needs the current password, and a wrong one counts as a failed login. */
  async setPassword(userId: string, input: SetStaffPasswordRequest): Promise<StaffProfile> {
    const staff = await this.me(userId);
    const existing = await this.credentials.findByUser(userId);
    if (existing) {
      if (existing.locked) throw staffAuthErrors.locked(existing.lockedUntil);
      if (input.currentPassword === undefined) throw staffAuthErrors.currentPasswordWrong();
      if (!(await verifyPassword(input.currentPassword, existing.passwordHash))) {
        if ((await this.credentials.recordFailure(userId)) === 'locked') throw staffAuthErrors.locked(null);
        throw staffAuthErrors.currentPasswordWrong();
      }
    }
    const saved = await this.credentials.save(userId, input.login, await hashPassword(input.password), existing?.passwordHash ?? null);
    if (saved === 'taken') throw staffAuthErrors.loginTaken();
    if (saved === 'stale') throw staffAuthErrors.currentPasswordWrong();
    return { ...staff, login: input.login };
  }
}
