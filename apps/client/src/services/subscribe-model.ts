import type { NotificationKind, SubscribeTemplate } from '@livemall/shared';

/** The configured template ids of these kinds, each once (WeChat takes at most three per request). */
export function templateIdsFor(templates: readonly SubscribeTemplate[], kinds: readonly NotificationKind[]): string[] {
  const ids = templates.filter((t) => kinds.includes(t.kind) && t.templateId).map((t) => t.templateId);
  return [...new Set(ids)].slice(0, 3);
}

/** `requestSubscribeMessage` answers `{ [templateId]: 'accept' | 'reject' | 'ban' | 'filter', errMsg }`. */
export function acceptedIds(asked: readonly string[], answer: Record<string, unknown>): string[] {
  return asked.filter((id) => answer[id] === 'accept');
}
