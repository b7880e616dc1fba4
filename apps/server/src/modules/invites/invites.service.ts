import { Inject, Injectable } from '@nestjs/common';
import type { InviteInfo } from '@livemall/shared';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { newInviteCode } from './invite-code';
import { InvitesRepository } from './invites.repository';
import { inviteErrors } from './invites.errors';

/** The page a shared invite opens; the client binds the code found there. */
const SHARE_PAGE = 'pages/mall/index';

/** Invite codes and binding an inviter. */
@Injectable()
export class InvitesService {
  constructor(
    private readonly invites: InvitesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The user's code, made on first read. A clash with another user's code (rare) draws again. */
  private async codeOf(userId: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = await this.invites.codeOf(userId);
      if (code) return code;
      await this.invites.offerCode(userId, newInviteCode());
    }
    throw new Error(`no invite code could be made for ${userId}`);
  }

  async info(userId: string): Promise<InviteInfo> {
    const code = await this.codeOf(userId);
    const [stats, invite, paid] = await Promise.all([this.invites.statsOf(userId), this.invites.inviteOf(userId), this.invites.hasPaidOrder(userId)]);
    return {
      code,
      sharePath: `${SHARE_PAGE}?inviteCode=${code}`,
      inviteesCount: stats.invitees,
      rewardedCount: stats.rewarded,
      pointsEarned: stats.points,
      rewardPoints: this.config.inviteRewardPoints,
      inviter: invite ? { userId: invite.inviterId, nickname: invite.inviterNickname, avatarUrl: invite.inviterAvatarUrl } : null,
      canBind: !invite && !paid,
    };
  }

  /** Once, before the user's first paid order; never oneself, never someone the user invited (directly or not). */
  async bind(userId: string, code: string): Promise<InviteInfo> {
    const inviterId = await this.invites.ownerOfCode(code);
    if (!inviterId) throw inviteErrors.codeNotFound();
    if (inviterId === userId) throw inviteErrors.self();
    await this.invites.transaction(async (m) => {
      await this.invites.lockBinds(m);
      await this.invites.lockInvitee(m, userId);
      if (await this.invites.inviteOf(userId, m)) throw inviteErrors.alreadyBound();
      if (await this.invites.hasPaidOrder(userId, null, m)) throw inviteErrors.notEligible();
      if (await this.invites.chainReaches(m, inviterId, userId)) throw inviteErrors.cycle();
      if (!(await this.invites.insert(m, userId, inviterId))) throw inviteErrors.alreadyBound();
    });
    return this.info(userId);
  }
}
