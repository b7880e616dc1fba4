/** jsdom has no `Response`: the few members `call()` reads, for tests that fake `fetch`. */
export const reply = (status: number, body: unknown) => ({ ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(body) });

/** What a faked `fetch` was asked: url, method and the parsed JSON body. */
export const requests = (fetchMock: jest.Mock) =>
  fetchMock.mock.calls.map(([url, init]: [string, RequestInit]) => ({ url, method: init.method, body: init.body ? JSON.parse(init.body as string) : undefined }));
