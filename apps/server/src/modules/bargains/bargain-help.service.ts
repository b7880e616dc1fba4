import { Injectable } from '@nestjs/common';
import type { HelpBargainResult } from '@livemall/shared';
import { BargainViews } from './bargain-views';
import { bargainStatus } from './bargain.mapper';
import { BargainsRepository } from './bargains.repository';
import { bargainErrors } from './bargains.errors';

const isDuplicateHelp = (e: unknown) => {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const constraint = err.driverError?.constraint ?? err.constraint;
  return code === '23505' && constraint === 'bargain_helps_bargain_user_key';
};

/** A friend's help: the next pre-split cut, once per friend, never the starter's own. */
@Injectable()
export class BargainHelpService {
  constructor(
    private readonly bargains: BargainsRepository,
    private readonly views: BargainViews,
  ) {}

  async help(userId: string, bargainId: string): Promise<HelpBargainResult> {
    await this.bargains.expireDue({ id: bargainId });
    const b = await this.bargains.find(bargainId);
    if (!b) throw bargainErrors.notFound();
    if (b.userId === userId) throw bargainErrors.own();
    const earlier = await this.bargains.helpOf(bargainId, userId);
    if (earlier) throw bargainErrors.alreadyHelped(earlier.cutFen);
    const profile = await this.bargains.profileOf(userId);
    if (!profile) throw bargainErrors.notFound();

    let taken: { seq: number; cutFen: number } | null;
    try {
      // The cut and the helper's record commit together: a second help by the same friend (racing the first)
      // rolls its cut back on the unique key.
      taken = await this.bargains.transaction(async (m) => {
        const cut = await this.bargains.takeNextCut(m, bargainId);
        if (cut) await this.bargains.insertHelp(m, { bargainId, userId, nickname: profile.nickname, avatarUrl: profile.avatarUrl, ...cut });
        return cut;
      });
    } catch (error) {
      if (isDuplicateHelp(error)) throw bargainErrors.alreadyHelped((await this.bargains.helpOf(bargainId, userId))?.cutFen);
      throw error;
    }
    if (!taken) throw await this.whyRefused(bargainId);
    return { cutFen: taken.cutFen, seq: taken.seq, bargain: await this.views.one(bargainId, userId) };
  }

  private async whyRefused(bargainId: string) {
    const now = await this.bargains.find(bargainId);
    if (!now) return bargainErrors.notFound();
    const status = bargainStatus(now, new Date());
    if (status === 'expired') return bargainErrors.expired();
    if (now.helpersDone >= now.helpersNeeded) return bargainErrors.full();
    return bargainErrors.state(status, 'be helped');
  }
}
