import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';

export const hostErrors = {
  ended: () => new AppException(ErrorCode.ROOM_STATE_CONFLICT, 'This room has ended'),
  scheduleNotFound: () => new AppException(ErrorCode.SCHEDULE_NOT_FOUND, 'No such scheduled push in your shop'),
  scheduleDone: (status: string) => new AppException(ErrorCode.ROOM_STATE_CONFLICT, `This push is already ${status}`),
  scheduleTime: (maxDays: number) =>
    new AppException(ErrorCode.SCHEDULE_TIME_INVALID, `The time must be in the future and at most ${maxDays} days ahead`, {
      issues: [{ path: ['body', 'at'], message: `must be in the future and at most ${maxDays} days ahead` }],
    }),
};
