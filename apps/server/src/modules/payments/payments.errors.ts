import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const paymentErrors = {
  notFound: () => new AppException(ErrorCode.PAYMENT_NOT_FOUND, 'Payment not found'),
  provider: (message: string) => new AppException(ErrorCode.PAYMENT_PROVIDER_ERROR, message),
  notifyInvalid: (reason: string) => new AppException(ErrorCode.PAYMENT_NOTIFY_INVALID, `Payment notification refused: ${reason}`),
  alreadyPaid: () => new AppException(ErrorCode.ORDER_STATE_CONFLICT, 'The order is already paid'),
  notPaid: () => new AppException(ErrorCode.ORDER_STATE_CONFLICT, 'The order has no completed payment to refund'),
  refundConflict: (message: string) => new AppException(ErrorCode.ORDER_STATE_CONFLICT, message),
};
