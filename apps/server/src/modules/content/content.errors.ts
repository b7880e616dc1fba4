import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const contentErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  notFound: () => new AppException(ErrorCode.CONTENT_NOT_FOUND, 'No such content'),
  goodsInvalid: (unknown: string[]) =>
    new AppException(ErrorCode.CONTENT_GOODS_INVALID, 'Linked goods must exist and belong to your shop', { goodsIds: unknown }),
  status: (status: string, wanted: string) =>
    new AppException(ErrorCode.CONTENT_STATUS_INVALID, `The content is ${status}: it cannot ${wanted}`, { status }),
};
