import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const walletErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  merchantNotFound: () => new AppException(ErrorCode.MERCHANT_NOT_FOUND, 'No such merchant'),
  insufficientBalance: (needed: number, balance: number) =>
    new AppException(ErrorCode.INSUFFICIENT_BALANCE, 'The merchant balance is too low for this', { needed, balance }),
  idempotencyConflict: () => new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used for a different request'),
};
