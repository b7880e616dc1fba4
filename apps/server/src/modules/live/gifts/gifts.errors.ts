import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';

export const giftErrors = {
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room'),
  notLive: () => new AppException(ErrorCode.ROOM_NOT_LIVE, 'Gifts can be sent only while the room is live'),
  banned: () => new AppException(ErrorCode.USER_BANNED, 'You have been removed from this room'),
  notPayable: () => new AppException(ErrorCode.GIFT_NOT_PAYABLE, 'This gift cannot be paid with points'),
  insufficientBalance: () => new AppException(ErrorCode.INSUFFICIENT_BALANCE, 'Your wallet balance is too low for this gift'),
  insufficientPoints: () => new AppException(ErrorCode.INSUFFICIENT_POINTS, 'You do not have enough points for this gift'),
  idempotencyConflict: () => new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used for a different gift'),
};
