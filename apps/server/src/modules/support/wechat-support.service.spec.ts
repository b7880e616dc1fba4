import { ErrorCode } from '@livemall/shared';
import { strictFake } from '../../../test/support/strict-fake';
import type { AppConfig } from '../../config/config';
import type { SupportService } from './support.service';
import type { SupportRepository } from './support.repository';
import { wechatSignature } from './wechat-signature';
import { WechatSupportService } from './wechat-support.service';

const config = (wechatToken: string | undefined) => ({ support: { wechatToken, defaultMerchantId: undefined } }) as AppConfig;
const signed = (token: string) => ({ timestamp: '1700000000', nonce: '5', signature: wechatSignature(token, '1700000000', '5'), echostr: 'e1' });

describe('WechatSupportService', () => {
  it('answers a stable "not configured" error, touching nothing, while WX_SERVICE_TOKEN is unset', async () => {
    const s = new WechatSupportService(config(undefined), strictFake<SupportRepository>('repo', {}), strictFake<SupportService>('chat', {}));
    expect(() => s.echo(signed('any'))).toThrow(expect.objectContaining({ code: ErrorCode.SUPPORT_WEBHOOK_NOT_CONFIGURED, status: 503 }));
    await expect(s.push(signed('any'), { FromUserName: 'o', MsgType: 'text', Content: 'hi', MsgId: 1 })).rejects.toMatchObject({ code: ErrorCode.SUPPORT_WEBHOOK_NOT_CONFIGURED });
  });

  it('checks the signature before reading the body or the database', async () => {
    const s = new WechatSupportService(config('tok123'), strictFake<SupportRepository>('repo', {}), strictFake<SupportService>('chat', {}));
    expect(s.echo(signed('tok123'))).toBe('e1');
    await expect(s.push(signed('other'), { FromUserName: 'o', MsgType: 'text', Content: 'hi', MsgId: 1 })).rejects.toMatchObject({ code: ErrorCode.SUPPORT_SIGNATURE_INVALID, status: 401 });
  });

  it('routes a text to the shop the viewer last opened the session from, keyed by MsgId', async () => {
    const received: unknown[] = [];
    const repo = strictFake<SupportRepository>('repo', {
      userByOpenid: async () => 'u1',
      lastWechatMerchant: async () => 'm1',
      merchantExists: async () => true,
    });
    const chat = strictFake<SupportService>('chat', { receive: async (...args: unknown[]) => void received.push(args) as never });
    await new WechatSupportService(config('tok123'), repo, chat).push(signed('tok123'), { FromUserName: 'o', MsgType: 'text', Content: '  几天到  ', MsgId: 42 });
    expect(received).toEqual([['u1', 'm1', 'wechat', { clientMsgId: 'wx:42', text: '几天到' }]]);
  });
});
