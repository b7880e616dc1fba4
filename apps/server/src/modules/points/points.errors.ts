import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const pointsErrors = {
  goodsNotFound: () => new AppException(ErrorCode.GOODS_NOT_FOUND, 'No such goods'),
  insufficient: () => new AppException(ErrorCode.INSUFFICIENT_POINTS, 'You do not have enough points for this order'),
};
