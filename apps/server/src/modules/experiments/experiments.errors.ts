import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const experimentErrors = {
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'This account runs no shop'),
  notFound: () => new AppException(ErrorCode.EXPERIMENT_NOT_FOUND, 'No such experiment'),
  keyTaken: () => new AppException(ErrorCode.EXPERIMENT_KEY_TAKEN, 'An experiment with this key exists'),
  status: (status: string, wanted: string) =>
    new AppException(ErrorCode.EXPERIMENT_STATUS_INVALID, `The experiment is ${status}: it cannot ${wanted}`, { status }),
  notAssigned: () => new AppException(ErrorCode.EXPERIMENT_NOT_ASSIGNED, 'You have no variant in this experiment (not running, or not for you)'),
};
