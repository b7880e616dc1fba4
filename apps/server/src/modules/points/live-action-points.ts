import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { LedgerReason } from '@livemall/shared';
import { RoomActivity } from '../live/room/room-activity';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';
import { chinaDate } from './points-rules';

/**
 * Points for live-room actions, when the merchant turns them on: the first accepted comment of a China day
 * (`liveFirstCommentPoints`, key `live-comment:<user>:<day>`) and staying `liveWatchMinutes` in one room
 * on one connection (`liveWatchPoints`, key `live-watch:<user>:<day>`, checked when the socket closes).
 * `RoomActivity` runs these after the comment was accepted and logs failures, so a comment never waits for
 * or fails on points. The watch is timed per connection on its instance: joined at the socket's opening,
 * left at `PointsClock.now()` (tests move it).
 */
@Injectable()
export class LiveActionPoints implements OnModuleInit {
  constructor(
    private readonly activity: RoomActivity,
    private readonly repo: PointsRepository,
    private readonly points: Points,
    private readonly clock: PointsClock,
  ) {}

  onModuleInit(): void {
    this.activity.onComment(async (roomId, user) => {
      await this.commented(roomId, user.id);
    });
    this.activity.onLeave(async (roomId, user, joinedAt) => {
      await this.left(roomId, user.id, joinedAt);
    });
  }

  async commented(roomId: string, userId: string): Promise<boolean> {
    const { liveFirstCommentPoints } = await this.repo.rules();
    return this.earn(userId, liveFirstCommentPoints, 'live_comment_points', 'live-comment', roomId);
  }

  async left(roomId: string, userId: string, joinedAt: Date): Promise<boolean> {
    const { liveWatchMinutes, liveWatchPoints } = await this.repo.rules();
    if (liveWatchMinutes <= 0) return false;
    if (this.clock.now().getTime() - joinedAt.getTime() < liveWatchMinutes * 60_000) return false;
    return this.earn(userId, liveWatchPoints, 'live_watch_points', 'live-watch', roomId);
  }

  /** Once per user and China day per kind: the ledger key makes a second credit (any instance) a no-op. */
  private async earn(userId: string, amount: number, reason: LedgerReason, kind: string, roomId: string): Promise<boolean> {
    if (amount <= 0) return false;
    const day = chinaDate(this.clock.now());
    return this.repo.transaction((m) => this.points.credit(m, userId, { amount, reason, reference: roomId, key: `${kind}:${userId}:${day}` }));
  }
}
