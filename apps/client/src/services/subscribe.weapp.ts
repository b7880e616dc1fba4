import Taro from '@tarojs/taro';
import { api, type NotificationKind, type SubscribeTemplate } from '@livemall/shared';
import { newRequestId } from '@/utils/request-id';
import { call } from './request';
import { acceptedIds, templateIdsFor } from './subscribe-model';

let templates: SubscribeTemplate[] | null = null;
let loading: Promise<void> | null = null;

/**
 * Load the template ids ahead of the tap: `requestSubscribeMessage` must run in the tap's own turn, so a
 * network round trip before it would make WeChat refuse it.
 */
export function prefetchSubscribeTemplates(): void {
  if (templates || loading) return;
  loading = call(api.subscribeTemplates).then(
    (t) => void (templates = t.items),
    () => void (loading = null),
  );
}

/** Ask for consent for the kinds with a configured template, and tell the server what was accepted. */
export async function askSubscribe(kinds: readonly NotificationKind[]): Promise<void> {
  if (!templates) {
    prefetchSubscribeTemplates();
    return;
  }
  const tmplIds = templateIdsFor(templates, kinds);
  if (!tmplIds.length) return;
  try {
    // Taro's typing demands Alipay's entityIds too; WeChat takes tmplIds alone.
    const option = { tmplIds } as unknown as Taro.requestSubscribeMessage.Option;
    const answer = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, unknown>;
    await call(api.recordSubscriptions, { body: { requestId: newRequestId(), templateIds: tmplIds, accepted: acceptedIds(tmplIds, answer) } });
  } catch {
    // A refusal or an old WeChat: the inbox still gets the message.
  }
}
