/**
 * For component tests: a `fetch` that answers by "METHOD /path" and records every request, so a test
 * asserts the exact body a form sent. Unknown routes answer 404 so a forgotten stub fails loudly.
 */
export interface Sent {
  method: string;
  path: string;
  query: string;
  body: unknown;
}

type Answer = { status?: number; json: unknown } | ((sent: Sent) => { status?: number; json: unknown });

export function fakeServer(routes: Record<string, Answer>) {
  const sent: Sent[] = [];
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const [path = '', query = ''] = String(url).split('?');
    const method = init?.method ?? 'GET';
    const one: Sent = { method, path, query, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    sent.push(one);
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(one) : route ?? { status: 404, json: { code: 'NOT_FOUND', message: `no stub for ${method} ${path}` } };
    const status = answer.status ?? 200;
    const text = JSON.stringify(answer.json);
    return { ok: status >= 200 && status < 300, status, text: async () => text } as Response;
  });
  (globalThis as { fetch: unknown }).fetch = fetch;
  return { fetch, sent, posted: (method: string, path: string) => sent.filter((s) => s.method === method && s.path === path) };
}

export const emptyPage = { items: [], nextCursor: null };
