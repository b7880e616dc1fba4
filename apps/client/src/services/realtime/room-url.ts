/** `http(s)://host` → `ws(s)://host`; the socket lives on the API's origin. */
export function toWsOrigin(httpBase: string): string {
  return httpBase.replace(/^http/i, 'ws').replace(/\/+$/, '');
}

/**
 * The room socket's URL. The token rides in the query because Taro's H5 socket ignores headers; a
 * guest (no token) watches read-only. `since` asks the server to resume after that room `seq`.
 */
export function roomSocketUrl(wsOrigin: string, roomId: string, token: string | null, since: number | null): string {
  // Built by hand: a mini-program has no URLSearchParams.
  const pairs: string[] = [];
  if (token) pairs.push(`token=${encodeURIComponent(token)}`);
  if (since !== null) pairs.push(`since=${since}`);
  return `${wsOrigin}/ws/rooms/${encodeURIComponent(roomId)}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}
