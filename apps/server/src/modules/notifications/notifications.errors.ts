import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const notificationErrors = {
  notFound: () => new AppException(ErrorCode.NOTIFICATION_NOT_FOUND, 'No such notification among yours'),
  unknownTemplates: (ids: string[]) =>
    new AppException(ErrorCode.SUBSCRIBE_TEMPLATE_UNKNOWN, 'Not a subscribe-message template of this app', { templateIds: ids }),
};
