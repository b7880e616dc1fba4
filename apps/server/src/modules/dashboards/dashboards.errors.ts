import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const dashboardErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'Only a shop owner can read its dashboards'),
  // Same answer as the live host routes: another shop's room ids cannot be probed.
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room in your shop'),
  reversed: () =>
    new AppException(ErrorCode.DASHBOARD_RANGE_INVALID, '`from` is after `to`', { issues: [{ path: ['query', 'from'], message: 'must not be after to' }] }),
  tooLong: (limit: string) =>
    new AppException(ErrorCode.DASHBOARD_RANGE_TOO_LONG, `The range is longer than ${limit}`, { issues: [{ path: ['query', 'to'], message: `at most ${limit} after from` }] }),
};
