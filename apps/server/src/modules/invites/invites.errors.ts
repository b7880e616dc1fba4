import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const inviteErrors = {
  codeNotFound: () => new AppException(ErrorCode.INVITE_CODE_NOT_FOUND, 'No user has this invite code'),
  alreadyBound: () => new AppException(ErrorCode.INVITER_ALREADY_BOUND, 'You already have an inviter'),
  self: () => new AppException(ErrorCode.INVITE_SELF, 'That is your own invite code'),
  cycle: () => new AppException(ErrorCode.INVITE_CYCLE, 'This user was invited (directly or not) by you: they cannot be your inviter'),
  notEligible: () => new AppException(ErrorCode.INVITE_NOT_ELIGIBLE, 'Only a user who has not paid an order yet can bind an inviter'),
};
