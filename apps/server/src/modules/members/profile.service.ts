import { Inject, Injectable } from '@nestjs/common';
import type { Profile, UpdateProfileRequest } from '@livemall/shared';
import { maskPhone } from './level-rules';
import { memberErrors } from './members.errors';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { WECHAT_PHONE_CLIENT, type WechatPhoneClient } from './wechat/wechat-phone.client';

/** A member's profile: nickname, avatar, the bound phone (masked), birthday and level. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly repo: MembersRepository,
    private readonly members: MembersService,
    @Inject(WECHAT_PHONE_CLIENT) private readonly phones: WechatPhoneClient,
  ) {}

  async profile(userId: string): Promise<Profile> {
    const [u, { level }] = await Promise.all([this.repo.profile(userId), this.members.levelOf(userId)]);
    if (!u) throw memberErrors.userGone();
    return {
      id: u.id, nickname: u.nickname, avatarUrl: u.avatarUrl, phoneMasked: u.phone ? maskPhone(u.phone) : null,
      birthday: u.birthMonth !== null && u.birthDay !== null ? { month: u.birthMonth, day: u.birthDay } : null,
      levelName: level.name,
    };
  }

  async update(userId: string, body: UpdateProfileRequest): Promise<Profile> {
    await this.repo.updateProfile(userId, body);
    return this.profile(userId);
  }

  /** Exchanges the `getPhoneNumber` code with WeChat and keeps the number (a new code replaces it). */
  async bindPhone(userId: string, code: string): Promise<Profile> {
    const phone = await this.phones.phoneNumber(code);
    await this.repo.setPhone(userId, phone);
    return this.profile(userId);
  }
}
