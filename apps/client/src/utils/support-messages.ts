// Shared by the viewer's chat (subpackages/service) and the shop's inbox (subpackages/host).
import type { SupportMessage } from '@livemall/shared';

/** A message I sent that the server has not confirmed yet (shown greyed until it is). */
export interface PendingMessage {
  clientMsgId: string;
  text: string;
  failed: boolean;
}

/** Adds server messages to the list, each once, in id order (a poll and a send can bring the same one). */
export function mergeMessages(current: readonly SupportMessage[], incoming: readonly SupportMessage[]): SupportMessage[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
}

/** The highest id seen: where the next poll starts. */
export function cursorOf(messages: readonly SupportMessage[], fallback: string | null): string | null {
  return messages.length ? messages[messages.length - 1]!.id : fallback;
}

/** A fresh idempotency key for one send (kept across its retries). */
export function newClientMsgId(now = Date.now(), random = Math.random): string {
  return `m${now.toString(36)}${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}

export const senderLabel: Record<SupportMessage['sender'], string> = { user: '我', bot: '智能客服', agent: '店铺客服' };
