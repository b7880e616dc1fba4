import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type BanViewerRequest, type GoodsSummary, type LiveRoomDetail, type MuteViewerRequest, type PushProductRequest, RECENT_COMMENTS_ON_JOIN, type RoomSnapshot } from '@livemall/shared';
import { DomainEvents } from '../../../common/events/domain-events';
import { STREAM_SIGNER, type StreamSigner } from '../streams/stream-signer';
import { withViewerUrls } from '../streams/viewer-urls';
import { CommentsService } from './comments.service';
import { OnlineService } from './online.service';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { roomErrors } from './room.errors';
import { RoomFloor } from './room-floor';
import { RoomRepository } from './room.repository';

/** The room as a whole: what a joining viewer sees, what the merchant pushes, and red packets as bubbles. */
@Injectable()
export class RoomService implements OnModuleInit {
  /** Viewers' pull URLs (a property, so the room's constructor stays as the rest of the room built it). */
  @Inject(STREAM_SIGNER) private readonly signer!: StreamSigner;

  constructor(
    private readonly rooms: RoomRepository,
    private readonly comments: CommentsService,
    private readonly online: OnlineService,
    private readonly events: DomainEvents,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
    private readonly floor: RoomFloor,
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
    return withViewerUrls(detail, this.signer);
  }

  async snapshot(roomId: string, user: { id: string } | null): Promise<RoomSnapshot> {
    // The seq first: anything published while the rest is read arrives as an event after the snapshot.
    const seq = await this.bus.currentSeq(roomId);
    const room = await this.rooms.detail(roomId);
    if (!room) throw roomErrors.notFound();
    const { likes, pinnedGoodsId, ...detail } = room;
    const [online, recentComments, pinned, redPackets, lottery, restriction] = await Promise.all([
      this.online.count(roomId),
      this.comments.recent(roomId, RECENT_COMMENTS_ON_JOIN),
      pinnedGoodsId ? this.rooms.goods(pinnedGoodsId) : null,
      this.rooms.livePackets(roomId),
      this.rooms.currentLottery(roomId),
      user ? this.comments.restriction(roomId, user.id) : null,
    ]);
    const you = user ? { userId: user.id, canComment: restriction === null } : null;
    return { room: withViewerUrls(detail, this.signer), online, likes, recentComments, pinned, redPackets, lottery, seq, you };
  }

  async pushProduct(userId: string, roomId: string, body: PushProductRequest): Promise<{ ok: true }> {
    const { merchantId } = await this.floor.check(userId, roomId);
    const goods = await this.rooms.goods(body.goodsId);
    if (!goods || goods.merchantId !== merchantId) throw roomErrors.goodsNotFound();
    await this.showGoods(roomId, goods, body.pin);
    return { ok: true };
  }

  /** Shows a goods card to everyone in the room (and pins it for later joiners); pushes now and scheduled ones alike. */
  async showGoods(roomId: string, goods: GoodsSummary, pin: boolean): Promise<void> {
    if (pin) await this.rooms.pin(roomId, goods.id);
    await this.bus.publish(roomId, { type: 'product_push', goods });
  }

  async mute(userId: string, roomId: string, body: MuteViewerRequest): Promise<{ ok: true }> {
    await this.floor.check(userId, roomId);
    await this.comments.mute(roomId, body.userId, new Date(Date.now() + body.minutes * 60_000));
    return { ok: true };
  }

  async deleteComment(userId: string, roomId: string, commentId: string): Promise<{ ok: true }> {
    await this.floor.check(userId, roomId);
    await this.comments.remove(roomId, commentId);
    return { ok: true };
  }

  /** Every instance closes the viewer's sockets when the event reaches it; rejoining is refused. */
  async ban(userId: string, roomId: string, body: BanViewerRequest): Promise<{ ok: true }> {
    await this.floor.check(userId, roomId);
    await this.comments.ban(roomId, body.userId);
    await this.bus.publish(roomId, { type: 'viewer_banned', userId: body.userId });
    return { ok: true };
  }
}
