import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';

export const roomErrors = {
  notFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room'),
  notYourRoom: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room in your shop'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'Only a shop owner can do this'),
  goodsNotFound: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods on your shelf'),
  loginToComment: () => new AppException(ErrorCode.UNAUTHORIZED, 'Log in to comment'),
  rejected: () => new AppException(ErrorCode.COMMENT_REJECTED, 'This comment is not allowed here'),
  banned: () => new AppException(ErrorCode.USER_BANNED, 'You have been removed from this room'),
  commentNotFound: () => new AppException(ErrorCode.COMMENT_NOT_FOUND, 'No such comment in this room'),
  muted: (until: Date) => new AppException(ErrorCode.USER_MUTED, 'You are muted in this room', { until: until.toISOString() }),
};
