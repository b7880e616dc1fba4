import { NotificationEntity } from '../modules/notifications/entities/notification.entity';
import { NotificationSendEntity } from '../modules/notifications/entities/notification-send.entity';
import { SubscribeConsentEntity } from '../modules/notifications/entities/subscribe-consent.entity';
import { SubscribeConsentRequestEntity } from '../modules/notifications/entities/subscribe-consent-request.entity';
import { BargainActivityEntity } from '../modules/bargains/entities/bargain-activity.entity';
import { BargainHelpEntity } from '../modules/bargains/entities/bargain-help.entity';
import { BargainShareEntity } from '../modules/bargains/entities/bargain-share.entity';
import { BargainEntity } from '../modules/bargains/entities/bargain.entity';
import { ExperimentExposureEntity } from '../modules/experiments/entities/experiment-exposure.entity';
import { ExperimentEntity } from '../modules/experiments/entities/experiment.entity';
import { AnalyticsEventEntity } from '../modules/analytics/entities/analytics-event.entity';
import { ContentGoodsEntity } from '../modules/content/entities/content-goods.entity';
import { ContentViewEntity } from '../modules/content/entities/content-view.entity';
import { ContentEntity } from '../modules/content/entities/content.entity';
import { SupportConversationEntity } from '../modules/support/entities/support-conversation.entity';
import { SupportFaqEntity } from '../modules/support/entities/support-faq.entity';
import { SupportMessageEntity } from '../modules/support/entities/support-message.entity';
import { InviteCodeEntity } from '../modules/invites/entities/invite-code.entity';
import { InviteEntity } from '../modules/invites/entities/invite.entity';
import { CouponTemplateEntity } from '../modules/coupons/entities/coupon-template.entity';
import { CouponEntity } from '../modules/coupons/entities/coupon.entity';
import { FullReductionEntity } from '../modules/coupons/entities/full-reduction.entity';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { LiveGiftEntity } from '../modules/live/gifts/entities/live-gift.entity';
import { LiveLotteryEntryEntity } from '../modules/live/lottery/entities/live-lottery-entry.entity';
import { LiveLotteryEntity } from '../modules/live/lottery/entities/live-lottery.entity';
import { LiveCommentEntity } from '../modules/live/entities/live-comment.entity';
import { LiveRoomMuteEntity } from '../modules/live/entities/live-room-mute.entity';
import { LiveRoomEntity } from '../modules/live/entities/live-room.entity';
import { LiveRoomReminderEntity } from '../modules/live/host/entities/live-room-reminder.entity';
import { LiveScheduleEntity } from '../modules/live/host/entities/live-schedule.entity';
import { AddressEntity } from '../modules/orders/entities/address.entity';
import { CartItemEntity } from '../modules/orders/entities/cart-item.entity';
import { GroupBuyActivityEntity } from '../modules/group-buys/entities/group-buy-activity.entity';
import { GroupMemberEntity } from '../modules/group-buys/entities/group-member.entity';
import { GroupEntity } from '../modules/group-buys/entities/group.entity';
import { MarketingNoticeEntity } from '../modules/group-buys/entities/marketing-notice.entity';
import { OrderItemEntity } from '../modules/orders/entities/order-item.entity';
import { OrderEntity } from '../modules/orders/entities/order.entity';
import { RefundEntity } from '../modules/orders/entities/refund.entity';
import { CategoryEntity } from '../modules/mall/entities/category.entity';
import { GoodsPriceChangeEntity } from '../modules/mall/entities/goods-price-change.entity';
import { GoodsSkuEntity } from '../modules/mall/entities/goods-sku.entity';
import { GoodsEntity } from '../modules/mall/entities/goods.entity';
import { MerchantStaffEntity } from '../modules/merchants/entities/merchant-staff.entity';
import { MerchantEntity } from '../modules/merchants/entities/merchant.entity';
import { RedPacketGrabEntity } from '../modules/red-packets/entities/red-packet-grab.entity';
import { RedPacketShareEntity } from '../modules/red-packets/entities/red-packet-share.entity';
import { RedPacketEntity } from '../modules/red-packets/entities/red-packet.entity';
import { PaymentRefundEntity } from '../modules/payments/entities/payment-refund.entity';
import { PaymentEntity } from '../modules/payments/entities/payment.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { LedgerEntryEntity } from '../modules/wallet/entities/ledger-entry.entity';
import { WalletEntity } from '../modules/wallet/entities/wallet.entity';

/** Every entity, listed once for the app, the TypeORM CLI and the drift test. */
import { FlashSaleBuyerEntity } from '../modules/flash-sales/entities/flash-sale-buyer.entity';
import { FlashSaleEntity } from '../modules/flash-sales/entities/flash-sale.entity';
import { PointLotEntity } from '../modules/points/entities/point-lot.entity';
import { PointsRulesEntity } from '../modules/points/entities/points-rules.entity';
import { PointCheckinEntity } from '../modules/points/entities/point-checkin.entity';
import { PointShareDayEntity } from '../modules/points/entities/point-share-day.entity';
import { PointOrderEarningEntity } from '../modules/points/entities/point-order-earning.entity';
import { PointOrderDeductionEntity } from '../modules/points/entities/point-order-deduction.entity';

import { MemberLevelEntity } from '../modules/members/entities/member-level.entity';
import { MemberGrowthEntity } from '../modules/members/entities/member-growth.entity';
import { FavouriteGoodsEntity } from '../modules/members/entities/favourite-goods.entity';
import { FollowedRoomEntity } from '../modules/members/entities/followed-room.entity';
import { GoodsViewEntity } from '../modules/members/entities/goods-view.entity';
import { StaffCredentialEntity } from '../modules/staff-auth/entities/staff-credential.entity';
export const entities = [
  UserEntity,
  RefreshTokenEntity,
  MerchantEntity,
  LiveRoomEntity,
  CategoryEntity,
  GoodsEntity,
  GoodsSkuEntity,
  GoodsPriceChangeEntity,
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
  CartItemEntity,
  AddressEntity,
  OrderEntity,
  OrderItemEntity,
  RefundEntity,
  PaymentEntity,
  PaymentRefundEntity,
  BargainActivityEntity,
  BargainEntity,
  BargainShareEntity,
  BargainHelpEntity,
  InviteCodeEntity,
  ExperimentEntity,
  AnalyticsEventEntity,
  ExperimentExposureEntity,
  SupportConversationEntity,
  SupportMessageEntity,
  SupportFaqEntity,
  InviteEntity,
  GroupBuyActivityEntity,
  GroupEntity,
  GroupMemberEntity,
  MarketingNoticeEntity,
  CouponTemplateEntity,
  CouponEntity,
  FullReductionEntity,
  FlashSaleEntity,
  FlashSaleBuyerEntity,
  NotificationEntity,
  NotificationSendEntity,
  SubscribeConsentEntity,
  SubscribeConsentRequestEntity,
  MemberLevelEntity,
  MemberGrowthEntity,
  FavouriteGoodsEntity,
  FollowedRoomEntity,
  GoodsViewEntity,
  PointLotEntity,
  PointsRulesEntity,
  PointCheckinEntity,
  PointShareDayEntity,
  PointOrderEarningEntity,
  PointOrderDeductionEntity,
  ContentEntity,
  ContentGoodsEntity,
  ContentViewEntity,
  StaffCredentialEntity,
];
