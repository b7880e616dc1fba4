import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const mallErrors = {
  goodsNotFound: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods'),
  /** Another shop's goods answers as if it did not exist, so ids of other shops cannot be probed. */
  notYourGoods: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods in your shop'),
  categoryNotFound: () => new AppException(ErrorCode.CATEGORY_NOT_FOUND, 'No such category'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
};
