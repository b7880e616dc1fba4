import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { LiveCommentEntity } from '../modules/live/entities/live-comment.entity';
import { LiveRoomMuteEntity } from '../modules/live/entities/live-room-mute.entity';
import { LiveRoomEntity } from '../modules/live/entities/live-room.entity';
import { GoodsEntity } from '../modules/mall/entities/goods.entity';
import { MerchantEntity } from '../modules/merchants/entities/merchant.entity';
import { RedPacketGrabEntity } from '../modules/red-packets/entities/red-packet-grab.entity';
import { RedPacketShareEntity } from '../modules/red-packets/entities/red-packet-share.entity';
import { RedPacketEntity } from '../modules/red-packets/entities/red-packet.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { LedgerEntryEntity } from '../modules/wallet/entities/ledger-entry.entity';
import { WalletEntity } from '../modules/wallet/entities/wallet.entity';

/** Every entity, listed once for the app, the TypeORM CLI and the drift test. */
export const entities = [
  UserEntity,
  RefreshTokenEntity,
  MerchantEntity,
  LiveRoomEntity,
  GoodsEntity,
  WalletEntity,
  LedgerEntryEntity,
  RedPacketEntity,
  RedPacketShareEntity,
  RedPacketGrabEntity,
  LiveCommentEntity,
  LiveRoomMuteEntity,
];
