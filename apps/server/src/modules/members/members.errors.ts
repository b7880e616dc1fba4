import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const memberErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  couponTemplateNotFound: (templateId: string) => new AppException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, 'No such coupon template in your shop', { templateId }),
  goodsNotFound: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods'),
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room'),
  phoneCodeInvalid: (errcode: number) => new AppException(ErrorCode.PHONE_CODE_INVALID, 'The phone-number code is invalid or was already used', { errcode }),
  userGone: () => new AppException(ErrorCode.UNAUTHORIZED, 'This account no longer exists'),
};
