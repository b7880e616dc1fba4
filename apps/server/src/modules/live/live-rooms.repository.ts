import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LiveRoomEntity } from './entities/live-room.entity';

/** Where a row sits in the list: live rooms first, then upcoming by announced start, then by insertion. */
export interface RoomKey {
  rank: number;
  /** PostgreSQL's own text for the timestamp (microseconds kept), `-infinity` for live rooms and `infinity` for unannounced ones. */
  at: string;
  seq: number;
}

export interface RoomRow {
  room: LiveRoomEntity;
  key: RoomKey;
}

const RANK = `CASE r.status WHEN 'live' THEN 0 ELSE 1 END`;
// Unannounced rooms (no scheduled_at) come after every announced one; live rooms share one value.
const AT = `CASE WHEN r.status = 'live' THEN '-infinity'::timestamptz ELSE COALESCE(r.scheduled_at, 'infinity'::timestamptz) END`;

@Injectable()
export class LiveRoomsRepository {
  constructor(@InjectRepository(LiveRoomEntity) private readonly rooms: Repository<LiveRoomEntity>) {}

  /** Live and upcoming rooms only (ended ones leave the list), in a total order a cursor can resume. */
  async page(after: RoomKey | undefined, take: number): Promise<RoomRow[]> {
    const qb = this.rooms
      .createQueryBuilder('r')
      .addSelect(RANK, 'rank')
      .addSelect(`(${AT})::text`, 'at')
      .where(`r.status IN ('live', 'scheduled')`)
      .orderBy(RANK, 'ASC')
      .addOrderBy(AT, 'ASC')
      .addOrderBy('r.seq', 'ASC')
      .limit(take);
    if (after) qb.andWhere(`(${RANK}, ${AT}, r.seq) > (:rank, CAST(:at AS timestamptz), :seq)`, after);
    const { entities, raw } = await qb.getRawAndEntities<{ rank: number; at: string }>();
    return entities.map((room, i) => ({ room, key: { rank: Number(raw[i]?.rank), at: String(raw[i]?.at), seq: room.seq } }));
  }
}
