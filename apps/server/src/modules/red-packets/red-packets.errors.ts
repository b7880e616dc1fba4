import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const redPacketErrors = {
  notFound: () => new AppException(ErrorCode.RED_PACKET_NOT_FOUND, 'No such red packet'),
  roomNotFound: () => new AppException(ErrorCode.ROOM_NOT_FOUND, 'No such live room in your shop'),
  infeasible: (message: string, field = 'totalAmount') =>
    new AppException(ErrorCode.RED_PACKET_INFEASIBLE, message, { issues: [{ path: ['body', field], message }] }),
  alreadyGrabbed: (amount: number, seq: number) => new AppException(ErrorCode.ALREADY_GRABBED, 'You already grabbed this packet', { amount, seq }),
  empty: () => new AppException(ErrorCode.RED_PACKET_EMPTY, 'All shares have been grabbed'),
  expired: () => new AppException(ErrorCode.RED_PACKET_EXPIRED, 'This red packet has expired'),
  notStarted: () => new AppException(ErrorCode.RED_PACKET_NOT_STARTED, 'This red packet has not started yet'),
};
