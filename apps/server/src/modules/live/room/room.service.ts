import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type LiveRoomDetail, type MuteViewerRequest, type PushProductRequest, RECENT_COMMENTS_ON_JOIN, type RoomSnapshot } from '@livemall/shared';
import { DomainEvents } from '../../../common/events/domain-events';
import { CommentsService } from './comments.service';
import { OnlineService } from './online.service';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { roomErrors } from './room.errors';
import { RoomRepository } from './room.repository';

/** The room as a whole: what a joining viewer sees, what the merchant pushes, and red packets as bubbles. */
@Injectable()
export class RoomService implements OnModuleInit {
  constructor(
    private readonly rooms: RoomRepository,
    private readonly comments: CommentsService,
    private readonly online: OnlineService,
    private readonly events: DomainEvents,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (event) => {
      const packet = await this.rooms.packet(event.packetId);
      if (!packet) return;
      const { roomId, ...redPacket } = packet;
      await this.bus.publish(roomId, { type: 'red_packet', redPacket });
    });
  }

  async detail(roomId: string): Promise<LiveRoomDetail> {
    const room = await this.rooms.detail(roomId);
    if (!room) throw roomErrors.notFound();
    const { likes: _likes, pinnedGoodsId: _pinned, ...detail } = room;
    return detail;
  }

  async snapshot(roomId: string, user: { id: string } | null): Promise<RoomSnapshot> {
    // The seq first: anything published while the rest is read arrives as an event after the snapshot.
    const seq = await this.bus.currentSeq(roomId);
    const room = await this.rooms.detail(roomId);
    if (!room) throw roomErrors.notFound();
    const { likes, pinnedGoodsId, ...detail } = room;
    const [online, recentComments, pinned, redPackets] = await Promise.all([
      this.online.count(roomId),
      this.comments.recent(roomId, RECENT_COMMENTS_ON_JOIN),
      pinnedGoodsId ? this.rooms.goods(pinnedGoodsId) : null,
      this.rooms.livePackets(roomId),
    ]);
    return { room: detail, online, likes, recentComments, pinned, redPackets, seq, you: user ? { userId: user.id, canComment: true } : null };
  }

  async pushProduct(userId: string, roomId: string, body: PushProductRequest): Promise<{ ok: true }> {
    const merchantId = await this.ownRoom(userId, roomId);
    const goods = await this.rooms.goods(body.goodsId);
    if (!goods || goods.merchantId !== merchantId) throw roomErrors.goodsNotFound();
    if (body.pin) await this.rooms.pin(roomId, goods.id);
    await this.bus.publish(roomId, { type: 'product_push', goods });
    return { ok: true };
  }

  async mute(userId: string, roomId: string, body: MuteViewerRequest): Promise<{ ok: true }> {
    await this.ownRoom(userId, roomId);
    await this.comments.mute(roomId, body.userId, new Date(Date.now() + body.minutes * 60_000));
    return { ok: true };
  }

  /** The caller's shop, which must own the room. */
  private async ownRoom(userId: string, roomId: string): Promise<string> {
    const merchantId = await this.rooms.merchantOfUser(userId);
    if (!merchantId) throw roomErrors.notAMerchant();
    const room = await this.rooms.detail(roomId);
    if (!room || room.merchantId !== merchantId) throw roomErrors.notYourRoom();
    return merchantId;
  }
}
