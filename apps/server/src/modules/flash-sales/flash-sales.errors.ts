import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';
import { rateLimited } from '../../common/rate-limit/rate-limits';

export const flashSaleErrors = {
  notFound: () => new AppException(ErrorCode.FLASH_SALE_NOT_FOUND, 'No such flash sale'),
  notStarted: (startsAt: Date) => new AppException(ErrorCode.FLASH_SALE_NOT_STARTED, 'The flash sale has not started yet', { startsAt: startsAt.toISOString() }),
  ended: () => new AppException(ErrorCode.FLASH_SALE_ENDED, 'The flash sale is over'),
  soldOut: () => new AppException(ErrorCode.FLASH_SALE_SOLD_OUT, 'Every unit of this flash sale is taken'),
  limitReached: (limit: number) => new AppException(ErrorCode.FLASH_SALE_LIMIT_REACHED, `At most ${limit} per buyer`, { limit }),
  tokenInvalid: () => new AppException(ErrorCode.FLASH_SALE_TOKEN_INVALID, 'Missing, forged or expired buy token: ask for a new one'),
  timeInvalid: (why: string) => new AppException(ErrorCode.FLASH_SALE_TIME_INVALID, why),
  rateLimited: (retryAfterMs: number) => rateLimited(retryAfterMs, 'Too many flash-sale requests'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  skuNotFound: () => new AppException(ErrorCode.SKU_NOT_FOUND, 'No such goods variant in your shop'),
  outOfStock: (stock: number) => new AppException(ErrorCode.OUT_OF_STOCK, 'The SKU has fewer units in stock than the sale needs', { stock }),
};
