import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const memberErrors = {
  couponTemplateNotFound: (templateId: string) => new AppException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, 'No such coupon template', { templateId }),
  goodsNotFound: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods'),
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room'),
  phoneCodeInvalid: (errcode: number) => new AppException(ErrorCode.PHONE_CODE_INVALID, 'The phone-number code is invalid or was already used', { errcode }),
  avatarInvalid: () => new AppException(ErrorCode.AVATAR_INVALID, 'The avatar must be a PNG or JPEG image of at most 512 KB'),
  userGone: () => new AppException(ErrorCode.UNAUTHORIZED, 'This account no longer exists'),
};
