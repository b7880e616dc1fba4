import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';

export const lotteryErrors = {
  notFound: () => new AppException(ErrorCode.LOTTERY_NOT_FOUND, 'No such lottery'),
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room in your shop'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'Only a shop owner can do this'),
  notLive: () => new AppException(ErrorCode.ROOM_NOT_LIVE, 'A lottery can start only while the room is live'),
  idempotencyConflict: () => new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used for a different lottery'),
};
