import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { LiveComment } from '@livemall/shared';
import { APP_CONFIG } from '../../../config/config.tokens';
import type { AppConfig } from '../../../config/config';
import { RateLimits } from '../../../common/rate-limit/rate-limits';
import { DEFAULT_SENSITIVE_WORDS } from './default-sensitive-words';
import { RoomActivity } from './room-activity';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { roomErrors } from './room.errors';
import { type CommentRow, RoomRepository } from './room.repository';
import { SensitiveWords } from './sensitive-words';
import { ViewerLevels } from './viewer-levels';

const FLUSH_MS = 1000;
const MUTE_CACHE_MS = 5000;
/** A ban is a mute that does not end. */
const BAN_MS = 100 * 365 * 24 * 3600_000;

export type Restriction = { until: Date; banned: boolean } | null;

/**
 * A viewer's comment: refused for guests, muted users, and talkers over RATE_LIMIT_COMMENT (3 in 3 s); masked or refused
 * by the word list; then shown to the room at once and stored a second later in one batch.
 */
@Injectable()
export class CommentsService implements OnModuleDestroy {
  private readonly words: SensitiveWords;
  private readonly unsaved: CommentRow[] = [];
  /** The batch being written right now. */
  private inFlight: CommentRow[] = [];
  private readonly mutes = new Map<string, { restriction: Restriction; checkedAt: number }>();
  private readonly timer: NodeJS.Timeout;
  private readonly log = new Logger('CommentsService');

  constructor(
    private readonly rooms: RoomRepository,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly activity: RoomActivity,
    private readonly levels: ViewerLevels,
    private readonly limits: RateLimits,
  ) {
    this.words = new SensitiveWords(config.sensitiveWords ?? DEFAULT_SENSITIVE_WORDS);
    // Whichever instance the merchant used: a ban is seen at once (not after the mute cache's few seconds),
    // and a comment taken down before this instance stored it is stored as deleted.
    bus.subscribe((roomId, event) => {
      if (event.type === 'viewer_banned') this.mutes.delete(`${roomId}:${event.userId}`);
      if (event.type !== 'comment_deleted') return;
      const row = this.pending(roomId, event.commentId);
      if (row) row.deletedAt ??= new Date();
      // Also whatever was stored meanwhile, by any instance (a deletion is rare; the update is idempotent).
      else void this.rooms.deleteComment(roomId, event.commentId).catch((e: unknown) => this.log.error(`deleting ${event.commentId}: ${String(e)}`));
    });
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async post(roomId: string, user: { id: string; nickname: string } | null, text: string): Promise<LiveComment> {
    if (!user) throw roomErrors.loginToComment();
    const restriction = await this.restriction(roomId, user.id);
    if (restriction?.banned) throw roomErrors.banned();
    if (restriction) throw roomErrors.muted(restriction.until);
    const checked = this.words.check(text);
    if (checked.rejected) throw roomErrors.rejected();
    // Shared by the instances in scale-out mode: a second socket on another instance gets no extra comments.
    await this.limits.check('comment', `${roomId}:${user.id}`);
    const level = await this.levels.of(user.id);
    const comment: LiveComment = { id: randomUUID(), userId: user.id, nickname: user.nickname, ...(level ? { level } : {}), text: checked.text, at: Date.now() };
    await this.bus.publish(roomId, { type: 'comment', comment });
    this.unsaved.push({ ...comment, roomId, masked: checked.masked });
    this.activity.commented(roomId, user, comment.text);
    return comment;
  }

  /** The last `limit` comments, stored or not yet. */
  async recent(roomId: string, limit: number): Promise<LiveComment[]> {
    const stored = await this.rooms.recentComments(roomId, limit);
    const seen = new Set(stored.map((c) => c.id));
    const fresh = this.unsaved.filter((c) => c.roomId === roomId && !c.deletedAt && !seen.has(c.id)).map(({ id, userId, nickname, text, at }) => ({ id, userId, nickname, text, at }));
    return [...stored, ...fresh].slice(-limit);
  }

  async mute(roomId: string, userId: string, until: Date): Promise<void> {
    await this.rooms.mute(roomId, userId, until);
    this.mutes.delete(`${roomId}:${userId}`);
  }

  async ban(roomId: string, userId: string): Promise<void> {
    await this.rooms.mute(roomId, userId, new Date(Date.now() + BAN_MS), true);
    this.mutes.delete(`${roomId}:${userId}`);
  }

  /**
   * Takes a comment down. It may not be stored yet (comments are written a second late, possibly by
   * another instance): then it must at least be one the room saw recently.
   */
  async remove(roomId: string, commentId: string): Promise<void> {
    const stored = await this.rooms.deleteComment(roomId, commentId);
    if (!stored) {
      const local = this.pending(roomId, commentId);
      const seen = local ?? (await this.seenRecently(roomId, commentId));
      if (!seen) throw roomErrors.commentNotFound();
    }
    await this.bus.publish(roomId, { type: 'comment_deleted', commentId });
  }

  private async seenRecently(roomId: string, commentId: string): Promise<boolean> {
    const seq = await this.bus.currentSeq(roomId);
    const events = (await this.bus.since(roomId, Math.max(0, seq - 500))) ?? [];
    return events.some((e) => e.type === 'comment' && e.comment.id === commentId);
  }

  async flush(): Promise<void> {
    if (this.unsaved.length === 0) return;
    const batch = this.unsaved.splice(0, this.unsaved.length);
    this.inFlight = batch;
    try {
      await this.rooms.insertComments(batch);
      // Taken down while the batch was on its way: the insert may have missed it.
      for (const row of batch) if (row.deletedAt) await this.rooms.deleteComment(row.roomId, row.id);
    } catch (error) {
      // Comments are not money: a failed batch goes back for the next flush for a minute, then is dropped
      // (logged) so a database outage cannot grow memory without bound.
      this.log.error(`storing ${batch.length} comments failed: ${String(error)}`);
      this.unsaved.unshift(...batch.filter((c) => Date.now() - c.at < 60_000));
    } finally {
      this.inFlight = [];
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** A comment of this instance not yet stored (waiting, or in the batch being written). */
  private pending(roomId: string, commentId: string): CommentRow | undefined {
    const match = (c: CommentRow) => c.id === commentId && c.roomId === roomId;
    return this.unsaved.find(match) ?? this.inFlight.find(match);
  }

  /** Whether a user is muted or banned in a room now. */
  async restriction(roomId: string, userId: string): Promise<Restriction> {
    const key = `${roomId}:${userId}`;
    const cached = this.mutes.get(key);
    const now = Date.now();
    // Another instance may have muted the user: re-read every few seconds at most.
    if (!cached || now - cached.checkedAt > MUTE_CACHE_MS) {
      const restriction = await this.rooms.mutedUntil(roomId, userId);
      this.mutes.set(key, { restriction, checkedAt: now });
      if (this.mutes.size > 50_000) this.mutes.delete(this.mutes.keys().next().value as string);
      return restriction;
    }
    return cached.restriction && cached.restriction.until.getTime() > now ? cached.restriction : null;
  }
}
