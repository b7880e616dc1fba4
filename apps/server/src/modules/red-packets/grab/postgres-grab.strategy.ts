import type { RedPacketEntity } from '../entities/red-packet.entity';
import { GrabBatcher } from './grab-batcher';
import type { GrabOutcome, GrabStrategy } from './grab-strategy';
import { GrabWriter, uniqueViolation, type WrittenGrab } from './grab-writer.repository';

type Over = 'empty' | 'expired';
// Packets never reopen, so "over" can be remembered; bounded so a long-running server does not grow.
const REMEMBERED = 10_000;

/**
 * Embedded mode: the packet row is the queue. Grabbers arriving together are served by one statement
 * (see GrabBatcher) that takes the next shares and writes everything; the unique (packet, user) key turns
 * a second grab by the same user into an error that rolls its statement back, so no share is lost.
 * Once a packet is over, late grabbers cost one indexed lookup (did they grab?) and nothing more.
 */
export class PostgresGrabStrategy implements GrabStrategy {
  readonly name = 'postgres' as const;
  private readonly batcher: GrabBatcher<string, WrittenGrab>;
  private readonly over = new Map<string, Over>();

  constructor(private readonly writer: GrabWriter) {
    this.batcher = new GrabBatcher<string, WrittenGrab>(
      (userId) => userId,
      (packetId, userIds) => writer.takeNext(packetId, userIds),
      async (packetId, userId) => (await writer.takeNext(packetId, [userId])).get(userId) ?? null,
    );
  }

  async open(_packet: RedPacketEntity, _shares: readonly number[]): Promise<void> {
    // The shares are already in PostgreSQL.
  }

  async grab(packetId: string, userId: string): Promise<GrabOutcome> {
    const known = this.over.get(packetId);
    if (!known) {
      try {
        // The batch skips users who already hold a share, so a repeat costs no share.
        const won = await this.batcher.submit(packetId, userId);
        if (won) return { kind: 'grabbed', ...won };
      } catch (error) {
        if (uniqueViolation(error) !== 'red_packet_grabs_packet_user_key') throw error;
      }
    }
    const first = await this.writer.existing(packetId, userId);
    if (first) return { kind: 'refused', reason: 'already', ...first };
    if (known) return { kind: 'refused', reason: known };
    const reason = await this.writer.refusal(packetId);
    if (reason === 'empty' || reason === 'expired') this.remember(packetId, reason);
    return { kind: 'refused', reason };
  }

  async close(packetId: string, why: 'finished' | 'expired'): Promise<void> {
    this.remember(packetId, why === 'finished' ? 'empty' : 'expired');
  }

  async reconcile(): Promise<void> {}

  private remember(packetId: string, why: Over): void {
    if (this.over.size >= REMEMBERED) this.over.delete(this.over.keys().next().value as string);
    this.over.set(packetId, why);
  }
}
