// Test helpers for the console's screens. jsdom has neither TextEncoder (react-router reads it at import) nor
// fetch's Response: import this file first in a test that renders routes or fakes the server.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

/** What `call()` reads of a fetch answer: ok, status and the text. */
export const jsonResponse = (body: unknown, status = 200) => ({ ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(body) }) as unknown as Response;

export interface FakeServer {
  fetch: jest.Mock;
  /** Every request made: method, path with query, and the parsed body. */
  requests(): Array<{ method: string; url: string; body: unknown }>;
}

/** A fake `fetch` answering by "METHOD /path" (query left out); anything else is a 404. */
export function fakeServer(routes: Record<string, (body: unknown) => unknown>): FakeServer {
  const fetchMock = jest.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const handler = routes[`${method} ${url.split('?')[0]}`];
    if (!handler) return jsonResponse({ code: 'NOT_FOUND', message: 'no such route' }, 404);
    return jsonResponse(handler(init?.body ? JSON.parse(String(init.body)) : undefined));
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return {
    fetch: fetchMock,
    requests: () => fetchMock.mock.calls.map(([url, init]) => ({ method: (init as RequestInit | undefined)?.method ?? 'GET', url: String(url), body: (init as RequestInit | undefined)?.body ? JSON.parse(String((init as RequestInit).body)) : undefined })),
  };
}
