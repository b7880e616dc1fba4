import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const orderErrors = {
  skuNotFound: (skuId?: string) => new AppException(ErrorCode.SKU_NOT_FOUND, 'No such goods variant', skuId ? { skuId } : undefined),
  offShelf: (skuId: string) => new AppException(ErrorCode.GOODS_OFF_SHELF, 'This goods is no longer on sale', { skuId }),
  outOfStock: (skuId: string, stock: number) => new AppException(ErrorCode.OUT_OF_STOCK, 'Not enough in stock', { skuId, stock }),
  mixedMerchants: () => new AppException(ErrorCode.MIXED_MERCHANTS, 'One order holds one shop’s goods: check out each shop separately'),
  addressNotFound: () => new AppException(ErrorCode.ADDRESS_NOT_FOUND, 'No such address in your address book'),
  orderNotFound: () => new AppException(ErrorCode.ORDER_NOT_FOUND, 'No such order'),
  state: (status: string, wanted: string) => new AppException(ErrorCode.ORDER_STATE_CONFLICT, `The order is ${status}: it cannot ${wanted}`, { status }),
  refundNotFound: () => new AppException(ErrorCode.REFUND_NOT_FOUND, 'No such refund request'),
  refundQuantity: (left: number) => new AppException(ErrorCode.REFUND_QUANTITY_INVALID, `At most ${left} of this item can still be refunded`, { left }),
  idempotencyConflict: () => new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used for a different order'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
};
