import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const groupBuyErrors = {
  notFound: () => new AppException(ErrorCode.GROUP_BUY_NOT_FOUND, 'No such group-buy activity'),
  notActive: (status: string) => new AppException(ErrorCode.GROUP_BUY_NOT_ACTIVE, `The activity is ${status}: no new groups`, { status }),
  price: (normalPriceFen: number) =>
    new AppException(ErrorCode.GROUP_BUY_PRICE_INVALID, 'The group price must be below the SKU’s price', { normalPriceFen, issues: [{ path: ['body', 'groupPriceFen'], message: `below ${normalPriceFen}` }] }),
  groupNotFound: () => new AppException(ErrorCode.GROUP_NOT_FOUND, 'No such group'),
  notOpen: (status: string) => new AppException(ErrorCode.GROUP_NOT_OPEN, `The group is ${status}: it cannot be joined`, { status }),
  full: () => new AppException(ErrorCode.GROUP_FULL, 'Every seat of this group is taken'),
  expired: () => new AppException(ErrorCode.GROUP_EXPIRED, 'This group has expired'),
  own: () => new AppException(ErrorCode.GROUP_OWN, 'You started this group: you already hold its first seat'),
  alreadyJoined: () => new AppException(ErrorCode.GROUP_ALREADY_JOINED, 'You are already in this group'),
  limit: (perUserLimit: number) => new AppException(ErrorCode.GROUP_BUY_LIMIT_REACHED, `At most ${perUserLimit} group(s) per buyer in this activity`, { perUserLimit }),
};

/** Codes this feature shares with others, said in its own words. */
export const sharedErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  skuNotFound: () => new AppException(ErrorCode.SKU_NOT_FOUND, 'No such goods variant in your shop'),
  idempotencyConflict: () => new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used for a different order'),
};
