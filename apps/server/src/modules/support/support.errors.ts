import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const supportErrors = {
  merchantNotFound: () => new AppException(ErrorCode.MERCHANT_NOT_FOUND, 'No such shop'),
  notAMerchant: () => new AppException(ErrorCode.NOT_A_MERCHANT, 'You neither own nor assist this shop'),
  // Another shop's conversation answers like a missing one: its existence is not the caller's business.
  conversationNotFound: () => new AppException(ErrorCode.SUPPORT_CONVERSATION_NOT_FOUND, 'No such conversation'),
  clientMsgIdReused: () => new AppException(ErrorCode.SUPPORT_CLIENT_MSG_ID_REUSED, 'This clientMsgId was already used for another text'),
  webhookNotConfigured: () => new AppException(ErrorCode.SUPPORT_WEBHOOK_NOT_CONFIGURED, 'WeChat message push is not configured (WX_SERVICE_TOKEN)'),
  signatureInvalid: () => new AppException(ErrorCode.SUPPORT_SIGNATURE_INVALID, 'The WeChat signature does not match'),
};
