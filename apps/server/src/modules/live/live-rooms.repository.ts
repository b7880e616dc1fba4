import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LiveRoomEntity } from './entities/live-room.entity';

export interface RoomRow {
  room: LiveRoomEntity;
  rank: number;
}

@Injectable()
export class LiveRoomsRepository {
  constructor(@InjectRepository(LiveRoomEntity) private readonly rooms: Repository<LiveRoomEntity>) {}

  /** Live rooms first, then upcoming, then ended; insertion order within each. */
  async page(after: { rank: number; seq: number } | undefined, take: number): Promise<RoomRow[]> {
    const rank = `CASE r.status WHEN 'live' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END`;
    const qb = this.rooms
      .createQueryBuilder('r')
      .addSelect(rank, 'rank')
      .orderBy(rank, 'ASC')
      .addOrderBy('r.seq', 'ASC')
      .limit(take);
    if (after) qb.where(`(${rank}, r.seq) > (:rank, :seq)`, after);
    const { entities, raw } = await qb.getRawAndEntities<{ rank: number }>();
    return entities.map((room, i) => ({ room, rank: Number(raw[i]?.rank) }));
  }
}
