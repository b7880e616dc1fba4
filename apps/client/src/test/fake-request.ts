/** A stand-in for `Taro.request`: answers by `METHOD path`, records every call it gets. */
export interface FakeCall {
  method: string;
  url: string;
  header: Record<string, string>;
  data: unknown;
}

export type FakeAnswer = { status: number; body: unknown } | { fail: string };
export type FakeHandler = (call: FakeCall) => FakeAnswer | Promise<FakeAnswer>;

export function fakeRequest(handler: FakeHandler) {
  const calls: FakeCall[] = [];
  const request = jest.fn(async (options: { url: string; method: string; header: Record<string, string>; data?: string }) => {
    const call: FakeCall = {
      method: options.method,
      url: options.url,
      header: options.header,
      data: options.data === undefined ? undefined : (JSON.parse(options.data) as unknown),
    };
    calls.push(call);
    const answer = await handler(call);
    if ('fail' in answer) throw { errMsg: answer.fail };
    const data = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return { statusCode: answer.status, data, header: {} };
  });
  return { request, calls };
}

export const json = (status: number, body: unknown): FakeAnswer => ({ status, body });
export const tokenExpired = json(401, { code: 'TOKEN_EXPIRED', message: 'access token expired' });
