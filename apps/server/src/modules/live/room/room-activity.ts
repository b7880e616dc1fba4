import { Injectable, Logger } from '@nestjs/common';

export type ActiveUser = { id: string; nickname: string };
type CommentListener = (roomId: string, user: ActiveUser, text: string) => Promise<void> | void;
type JoinListener = (roomId: string, user: ActiveUser) => Promise<void> | void;
/** `joinedAt`: when this viewer's connection to the room opened (per connection, on this instance). */
type LeaveListener = (roomId: string, user: ActiveUser, joinedAt: Date) => Promise<void> | void;

/**
 * What viewers do in a room on this instance, for features that react to it (a lottery entering those
 * who comment its keyword or who are watching). Listeners run after the fact and never fail the viewer.
 */
@Injectable()
export class RoomActivity {
  private readonly commentListeners: CommentListener[] = [];
  private readonly joinListeners: JoinListener[] = [];
  private readonly leaveListeners: LeaveListener[] = [];
  private readonly log = new Logger('RoomActivity');

  onComment(listener: CommentListener): void {
    this.commentListeners.push(listener);
  }

  onJoin(listener: JoinListener): void {
    this.joinListeners.push(listener);
  }

  onLeave(listener: LeaveListener): void {
    this.leaveListeners.push(listener);
  }

  commented(roomId: string, user: ActiveUser, text: string): void {
    for (const l of this.commentListeners) this.run(() => l(roomId, user, text));
  }

  joined(roomId: string, user: ActiveUser): void {
    for (const l of this.joinListeners) this.run(() => l(roomId, user));
  }

  left(roomId: string, user: ActiveUser, joinedAt: Date): void {
    for (const l of this.leaveListeners) this.run(() => l(roomId, user, joinedAt));
  }

  private run(work: () => Promise<void> | void): void {
    void Promise.resolve()
      .then(work)
      .catch((error: unknown) => this.log.error(`listener failed: ${String(error)}`));
  }
}
