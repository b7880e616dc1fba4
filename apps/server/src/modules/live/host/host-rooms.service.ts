import { Inject, Injectable } from '@nestjs/common';
import type { CreateLiveRoomRequest, HostRoom, LiveRoomStatus, PageQuery, UpdateLiveRoomRequest } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../../common/paging/cursor';
import { roomErrors } from '../room/room.errors';
import { ROOM_BUS, type RoomBus } from '../room/room-bus';
import { STREAM_SIGNER, type StreamSigner, streamNameOf } from '../streams/stream-signer';
import { RoomLiveNotices } from '../../notifications/room-live-notices';
import { hostErrors } from './host.errors';
import { type HostRoomRow, HostRoomsRepository } from './host-rooms.repository';
import { RoomOwnership } from './room-ownership';

const cursorSchema = z.object({ seq: z.number().int().positive() });

/**
 * A merchant's rooms and their life: scheduled → live → ended (or scheduled → ended: cancelled). Each
 * real change is told to every viewer in the room, on every instance, as a `room_state` event; repeating
 * a start or an end changes nothing and tells nobody.
 */
@Injectable()
export class HostRoomsService {
  constructor(
    private readonly rooms: HostRoomsRepository,
    private readonly ownership: RoomOwnership,
    @Inject(STREAM_SIGNER) private readonly signer: StreamSigner,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
    private readonly liveNotices: RoomLiveNotices,
  ) {}

  async create(userId: string, body: CreateLiveRoomRequest): Promise<HostRoom> {
    const merchantId = await this.ownership.merchantOf(userId);
    const id = await this.rooms.insert(merchantId, body);
    return this.reread(id);
  }

  async mine(userId: string, query: PageQuery): Promise<{ items: HostRoom[]; nextCursor: string | null }> {
    const merchantId = await this.ownership.merchantOf(userId);
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.rooms.page(merchantId, after?.seq, query.limit + 1);
    const page = pageFrom(rows, query.limit, (row) => ({ seq: row.seq }));
    return { items: page.items.map((row) => this.hostView(row)), nextCursor: page.nextCursor };
  }

  async get(userId: string, roomId: string): Promise<HostRoom> {
    return this.hostView(await this.ownership.room(userId, roomId));
  }

  async update(userId: string, roomId: string, body: UpdateLiveRoomRequest): Promise<HostRoom> {
    const room = await this.ownership.room(userId, roomId);
    if (room.status === 'ended' || !(await this.rooms.update(roomId, body))) throw hostErrors.ended();
    return this.reread(roomId);
  }

  async start(userId: string, roomId: string): Promise<HostRoom> {
    const room = await this.ownership.room(userId, roomId);
    if (room.status === 'ended') throw hostErrors.ended();
    if (await this.rooms.start(roomId)) {
      await this.announce(roomId, 'live');
      // Only the request that started it tells the reminded users.
      await this.liveNotices.wentLive(roomId);
    }
    const now = await this.reread(roomId);
    // Ended between our read and our update: starting it is no longer possible.
    if (now.status === 'ended') throw hostErrors.ended();
    return now;
  }

  async end(userId: string, roomId: string): Promise<HostRoom> {
    await this.ownership.room(userId, roomId);
    if (await this.rooms.end(roomId)) await this.announce(roomId, 'ended');
    return this.reread(roomId);
  }

  private announce(roomId: string, status: LiveRoomStatus) {
    return this.bus.publish(roomId, { type: 'room_state', status });
  }

  private async reread(roomId: string): Promise<HostRoom> {
    const room = await this.rooms.find(roomId);
    if (!room) throw roomErrors.notFound();
    return this.hostView(room);
  }

  /** Only ever returned to the room's own merchant: it holds the push URL. */
  private hostView({ seq: _seq, ...room }: HostRoomRow): HostRoom {
    const streamName = streamNameOf(room.id);
    return { ...room, streamName, pushUrl: this.signer.pushUrl(streamName), playUrls: this.signer.playUrls(streamName) };
  }
}
