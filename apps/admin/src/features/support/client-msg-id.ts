/** A fresh key for one reply: a retry of the same send reuses it, so the server stores it once. */
export function newClientMsgId(): string {
  const random = Array.from({ length: 12 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  return `console-${Date.now().toString(36)}-${random}`;
}
