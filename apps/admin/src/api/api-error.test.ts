import { ApiError, errorText } from './api-error';

describe('errorText', () => {
  it('says a known code in the product words, not the server message', () => {
    expect(errorText(new ApiError('STAFF_LOGIN_FAILED', 401, 'Wrong login name or password'))).toBe('账号或密码不正确');
    expect(errorText(new ApiError('NETWORK_ERROR', 0, 'fetch failed'))).toBe('网络连接失败，请稍后再试');
  });

  it("falls back to the server's message for a code without words", () => {
    const noWords = new ApiError('NETWORK_ERROR', 0, 'x');
    Object.defineProperty(noWords, 'code', { value: 'SOMETHING_NEW' });
    expect(errorText(noWords)).toBe('x');
  });
});
