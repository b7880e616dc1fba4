import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { LiveGiftEntity } from '../modules/live/gifts/entities/live-gift.entity';
import { LiveLotteryEntryEntity } from '../modules/live/lottery/entities/live-lottery-entry.entity';
import { LiveLotteryEntity } from '../modules/live/lottery/entities/live-lottery.entity';
import { LiveCommentEntity } from '../modules/live/entities/live-comment.entity';
import { LiveRoomMuteEntity } from '../modules/live/entities/live-room-mute.entity';
import { LiveRoomEntity } from '../modules/live/entities/live-room.entity';
import { LiveRoomReminderEntity } from '../modules/live/host/entities/live-room-reminder.entity';
import { LiveScheduleEntity } from '../modules/live/host/entities/live-schedule.entity';
import { GoodsEntity } from '../modules/mall/entities/goods.entity';
import { MerchantStaffEntity } from '../modules/merchants/entities/merchant-staff.entity';
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
  LiveRoomReminderEntity,
  LiveScheduleEntity,
  LiveGiftEntity,
  LiveLotteryEntity,
  LiveLotteryEntryEntity,
  MerchantStaffEntity,
];
