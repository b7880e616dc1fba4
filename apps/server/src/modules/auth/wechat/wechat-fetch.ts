import { authErrors } from '../auth.errors';

/**
 * One call to a WeChat API (or its stand-in at `WX_API_BASE`) answering JSON: the parsed body. Anything
 * short of a JSON 2xx answer in time (refused, slow, HTTP error, not JSON) is `WECHAT_UNAVAILABLE`.
 */
export async function wechatJson(url: URL, timeoutMs: number, jsonBody?: unknown): Promise<unknown> {
  try {
    const init: RequestInit = { signal: AbortSignal.timeout(timeoutMs) };
    if (jsonBody !== undefined) Object.assign(init, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(jsonBody) });
    const res = await fetch(url, init);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch (error) {
    throw authErrors.wechatUnavailable(error instanceof Error ? error.message : 'request failed');
  }
}
