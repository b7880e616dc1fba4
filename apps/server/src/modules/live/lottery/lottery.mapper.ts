import type { Lottery } from '@livemall/shared';

/** A `live_lotteries` row as the database driver returns it. */
export interface LotteryRow {
  id: string;
  room_id: string;
  prize: string;
  winner_count: number;
  kind: string;
  keyword: string | null;
  status: 'open' | 'drawn';
  ends_at: Date;
  seed: string;
  commitment: string;
  winners: Array<{ userId: string; nickname: string }>;
  entrant_count: number;
  drawn_at: Date | null;
}

export const LOTTERY_COLUMNS = `id, room_id, prize, winner_count, kind, keyword, status, ends_at, seed, commitment, winners, entrant_count, drawn_at`;

/** The seed stays secret until the draw: publishing it earlier would let anyone predict the winners. */
export function toLottery(r: LotteryRow): Lottery {
  const drawn = r.status === 'drawn';
  return {
    id: r.id,
    roomId: r.room_id,
    prize: r.prize,
    winnerCount: r.winner_count,
    participation: r.kind === 'keyword' ? { kind: 'keyword', keyword: r.keyword ?? '' } : { kind: 'viewers' },
    status: r.status,
    endsAt: new Date(r.ends_at).toISOString(),
    commitment: r.commitment,
    seed: drawn ? r.seed : null,
    entrantCount: r.entrant_count,
    winners: drawn ? r.winners : [],
    drawnAt: r.drawn_at ? new Date(r.drawn_at).toISOString() : null,
  };
}
