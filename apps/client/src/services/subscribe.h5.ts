import type { NotificationKind } from '@livemall/shared';

/** A browser has no WeChat subscribe messages: the inbox is all there is. */
export function prefetchSubscribeTemplates(): void {}

export async function askSubscribe(_kinds: readonly NotificationKind[]): Promise<void> {}
