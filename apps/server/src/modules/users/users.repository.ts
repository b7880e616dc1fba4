import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@livemall/shared';
import { Repository } from 'typeorm';
import { UserEntity } from './entities/user.entity';

export interface NewProfile {
  nickname: string;
  avatarUrl?: string | undefined;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.users.existsBy({ id });
  }

  /**
   * Sets the birthday unless it was set after `lockedSince` (a change allowed once every 12 months). One
   * conditional statement, so two racing changes cannot both pass. False: locked.
   */
  async setBirthday(id: string, b: { month: number; day: number }, at: Date, lockedSince: Date): Promise<boolean> {
    const [rows] = await this.users.manager.query(
      `UPDATE users SET birth_month = $2, birth_day = $3, birthday_set_at = $4
        WHERE id = $1 AND (birthday_set_at IS NULL OR birthday_set_at <= $5) RETURNING id`,
      [id, b.month, b.day, at, lockedSince],
    );
    return (rows as unknown[]).length === 1;
  }

  findBySeedKey(seedKey: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ seedKey });
  }

  /**
   * One statement, so two first logins racing for the same openid make one user. A unionid that WeChat
   * stops sending is kept; the profile is only set on creation (the user edits it later).
   */
  async upsertWechat(openid: string, unionid: string | undefined, profile: NewProfile): Promise<UserEntity> {
    return this.upsertBy('openid', openid, 'wechat', profile, { unionid: unionid ?? null });
  }

  async upsertGuest(deviceId: string, profile: NewProfile): Promise<UserEntity> {
    return this.upsertBy('guest_device_id', deviceId, 'guest', profile, {});
  }

  async upsertSeeded(seedKey: string, profile: NewProfile, roles: Role[]): Promise<UserEntity> {
    return this.upsertBy('seed_key', seedKey, 'demo', profile, { roles });
  }

  private async upsertBy(
    column: 'openid' | 'guest_device_id' | 'seed_key',
    key: string,
    provider: UserEntity['provider'],
    profile: NewProfile,
    extra: { unionid?: string | null; roles?: Role[] },
  ): Promise<UserEntity> {
    const rows: Array<{ id: string }> = await this.users.query(
      `INSERT INTO users (provider, ${column}, nickname, avatar_url, unionid, roles)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6::text[], '{user}'))
       ON CONFLICT (${column}) DO UPDATE
         SET unionid = COALESCE(EXCLUDED.unionid, users.unionid),
             roles = CASE WHEN $6::text[] IS NULL THEN users.roles ELSE EXCLUDED.roles END,
             updated_at = now()
       RETURNING id`,
      [provider, key, profile.nickname, profile.avatarUrl ?? null, extra.unionid ?? null, extra.roles ?? null],
    );
    const id = rows[0]?.id;
    const user = id ? await this.findById(id) : null;
    if (!user) throw new Error(`upsert of user by ${column} returned no row`);
    return user;
  }
}
