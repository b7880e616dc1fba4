import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const couponErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  templateNotFound: () => new AppException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, 'No such coupon'),
  fullReductionNotFound: () => new AppException(ErrorCode.FULL_REDUCTION_NOT_FOUND, 'No such 满减'),
  soldOut: () => new AppException(ErrorCode.COUPON_SOLD_OUT, 'All of these coupons have been claimed'),
  limitReached: (limit: number) => new AppException(ErrorCode.COUPON_LIMIT_REACHED, `At most ${limit} of this coupon per person`, { limit }),
  notClaimable: () => new AppException(ErrorCode.COUPON_NOT_CLAIMABLE, 'This coupon can no longer be claimed'),
  newUsersOnly: () => new AppException(ErrorCode.COUPON_NEW_USERS_ONLY, 'This coupon is for customers who have not bought yet'),
  notFound: () => new AppException(ErrorCode.COUPON_NOT_FOUND, 'No such coupon among yours'),
  expired: () => new AppException(ErrorCode.COUPON_EXPIRED, 'This coupon has expired'),
  notStarted: (validFrom: Date) => new AppException(ErrorCode.COUPON_NOT_STARTED, 'This coupon cannot be used yet', { validFrom: validFrom.toISOString() }),
  alreadyUsed: () => new AppException(ErrorCode.COUPON_ALREADY_USED, 'This coupon was used on another order'),
  threshold: (thresholdFen: number) => new AppException(ErrorCode.COUPON_THRESHOLD_NOT_MET, 'The goods it applies to do not reach its threshold (after 满减)', { thresholdFen }),
  notApplicable: (why: string) => new AppException(ErrorCode.COUPON_NOT_APPLICABLE, why),
};
