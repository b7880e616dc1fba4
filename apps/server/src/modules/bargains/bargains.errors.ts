import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const bargainErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  skuNotFound: () => new AppException(ErrorCode.SKU_NOT_FOUND, 'No such goods variant in your shop'),
  floorInvalid: (priceFen: number, helpers: number) =>
    new AppException(ErrorCode.BARGAIN_FLOOR_INVALID, `The floor must be below the price (${priceFen} fen) by at least 1 fen per helper (${helpers})`, { priceFen, helpersNeeded: helpers }),
  activityNotFound: () => new AppException(ErrorCode.BARGAIN_ACTIVITY_NOT_FOUND, 'No such bargain activity'),
  activityClosed: (status: string) => new AppException(ErrorCode.BARGAIN_ACTIVITY_CLOSED, `The activity is ${status}: no new bargains`, { status }),
  notFound: () => new AppException(ErrorCode.BARGAIN_NOT_FOUND, 'No such bargain'),
  expired: () => new AppException(ErrorCode.BARGAIN_EXPIRED, 'This bargain has expired'),
  full: () => new AppException(ErrorCode.BARGAIN_FULL, 'Every cut of this bargain is taken: the price is at its floor'),
  own: () => new AppException(ErrorCode.BARGAIN_OWN, 'You cannot help your own bargain'),
  alreadyHelped: (cutFen: number | undefined) => new AppException(ErrorCode.ALREADY_HELPED, 'You already helped this bargain', cutFen === undefined ? undefined : { cutFen }),
  state: (status: string, wanted: string, orderId?: string | null) =>
    new AppException(ErrorCode.BARGAIN_STATE_CONFLICT, `The bargain is ${status}: it cannot ${wanted}`, { status, ...(orderId ? { orderId } : {}) }),
};
