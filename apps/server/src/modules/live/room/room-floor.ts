import { Injectable } from '@nestjs/common';
import { roomErrors } from './room.errors';
import { RoomRepository } from './room.repository';

/**
 * Who may run a room's floor — push goods, schedule pushes, moderate: the shop's owner or one of its
 * assistants (场控). Someone else's room answers as if it did not exist, so room ids cannot be probed.
 */
@Injectable()
export class RoomFloor {
  constructor(private readonly rooms: RoomRepository) {}

  /** The room's merchant, if the user may run its floor; throws otherwise. */
  async check(userId: string, roomId: string): Promise<{ merchantId: string }> {
    const merchantId = await this.rooms.floorMerchant(userId, roomId);
    if (merchantId) return { merchantId };
    throw (await this.rooms.worksForAnyShop(userId)) ? roomErrors.notYourRoom() : roomErrors.notAMerchant();
  }
}
