import type { RedPacketEntity } from '../entities/red-packet.entity';

export type RefusalReason = 'already' | 'empty' | 'expired' | 'not_started' | 'not_found';

export type GrabOutcome =
  | { kind: 'grabbed'; seq: number; amount: number; left: number; leftAmount: number; roomId: string }
  | { kind: 'refused'; reason: Exclude<RefusalReason, 'already'> }
  | { kind: 'refused'; reason: 'already'; seq: number; amount: number };

/**
 * How a grab is decided. Both strategies hand out the pre-split shares in order, record the grab, credit
 * the grabber and write the ledger in one PostgreSQL statement; they differ in what serialises the
 * grabbers (the packet row, or a Redis script). Both pass `grab-strategy.contract.ts`.
 */
export interface GrabStrategy {
  readonly name: 'postgres' | 'redis';
  /** The packet (and its shares) are committed: make it grabbable. */
  open(packet: RedPacketEntity, shares: readonly number[]): Promise<void>;
  grab(packetId: string, userId: string): Promise<GrabOutcome>;
  /** The packet is over (all shares taken, or expired/ended): stop handing out. */
  close(packetId: string, why: 'finished' | 'expired'): Promise<void>;
  /** Rebuild any state kept outside PostgreSQL from PostgreSQL. */
  reconcile(packetId: string): Promise<void>;
}

export const GRAB_STRATEGY = Symbol('GRAB_STRATEGY');
