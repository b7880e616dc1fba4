import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../../common/errors/app-exception';
import { closedPort, type FakeWechat, startFakeWechat } from '../../../../test/support/fake-wechat';
import { HttpWechatSessionClient } from './http-wechat-session.client';

const creds = { appId: 'wx0123456789abcdef', secret: 'test-secret-0123456789' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppException)) throw new Error(`expected an AppException, got ${String(error)}`);
  return error.code;
}

describe('HttpWechatSessionClient against a fake jscode2session', () => {
  let wx: FakeWechat;
  let client: HttpWechatSessionClient;

  beforeAll(async () => {
    wx = await startFakeWechat(creds);
    client = new HttpWechatSessionClient({ ...creds, apiBase: wx.baseUrl, timeoutMs: 1000 });
  });
  afterAll(() => wx.close());

  it('returns the openid, and the unionid when WeChat sends one', async () => {
    await expect(client.code2Session('ok:o_abc')).resolves.toEqual({ openid: 'o_abc' });
    await expect(client.code2Session('union:o_def:u_123')).resolves.toEqual({ openid: 'o_def', unionid: 'u_123' });
    expect(wx.codes).toEqual(expect.arrayContaining(['ok:o_abc', 'union:o_def:u_123']));
  });

  it.each([
    ['invalid', ErrorCode.WECHAT_CODE_INVALID],
    ['used', ErrorCode.WECHAT_CODE_INVALID],
    ['limit', ErrorCode.WECHAT_RATE_LIMITED],
    ['busy', ErrorCode.WECHAT_UNAVAILABLE],
    ['other', ErrorCode.WECHAT_ERROR],
    ['garbage', ErrorCode.WECHAT_UNAVAILABLE],
    ['http500', ErrorCode.WECHAT_UNAVAILABLE],
    ['slow', ErrorCode.WECHAT_UNAVAILABLE],
  ])('maps the %s reply to %s', async (code, expected) => {
    expect(await codeOf(client.code2Session(code))).toBe(expected);
  });

  it('maps a refused connection to WECHAT_UNAVAILABLE (a 502)', async () => {
    const down = new HttpWechatSessionClient({ ...creds, apiBase: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 1000 });
    const error = await down.code2Session('ok:x').catch((e: AppException) => e);
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).code).toBe(ErrorCode.WECHAT_UNAVAILABLE);
    expect((error as AppException).status).toBe(502);
  });

  it('sends the app id and secret it was configured with', async () => {
    const wrong = new HttpWechatSessionClient({ ...creds, secret: 'another-secret-000000', apiBase: wx.baseUrl, timeoutMs: 1000 });
    expect(await codeOf(wrong.code2Session('ok:o_abc'))).toBe(ErrorCode.WECHAT_ERROR);
  });
});
