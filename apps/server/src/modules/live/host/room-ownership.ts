import { Injectable } from '@nestjs/common';
import { RoomFloor } from '../room/room-floor';
import { roomErrors } from '../room/room.errors';
import { type HostRoomRow, HostRoomsRepository } from './host-rooms.repository';

/**
 * Who may manage a room: the owner of the shop that holds it (its floor: the owner or an assistant). Another shop's room answers as if it did
 * not exist (ROOM_NOT_FOUND), so room ids of other shops cannot be probed.
 */
@Injectable()
export class RoomOwnership {
  constructor(
    private readonly rooms: HostRoomsRepository,
    private readonly floor: RoomFloor,
  ) {}

  async merchantOf(userId: string): Promise<string> {
    const merchantId = await this.rooms.merchantOfUser(userId);
    if (!merchantId) throw roomErrors.notAMerchant();
    return merchantId;
  }

  async room(userId: string, roomId: string): Promise<HostRoomRow> {
    const merchantId = await this.merchantOf(userId);
    const room = await this.rooms.find(roomId);
    if (!room || room.merchantId !== merchantId) throw roomErrors.notYourRoom();
    return room;
  }

  /** A room whose floor the user runs: as its shop's owner or as an assistant (scheduled pushes). */
  async floorRoom(userId: string, roomId: string): Promise<HostRoomRow> {
    await this.floor.check(userId, roomId);
    const room = await this.rooms.find(roomId);
    if (!room) throw roomErrors.notYourRoom();
    return room;
  }
}
