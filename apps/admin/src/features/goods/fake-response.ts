/**
 * What `call()` reads of a fetch answer (jsdom has no `Response`): for component tests that fake `fetch`.
 */
export const fakeResponse = (json: unknown, status = 200) => ({ ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(json) });
