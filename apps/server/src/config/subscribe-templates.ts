import { type NotificationKind, notificationKindSchema } from '@livemall/shared';

export type SubscribeTemplateIds = Partial<Record<NotificationKind, string>>;

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * `order_shipped=AbC,room_live=XyZ` → `{ order_shipped: 'AbC', room_live: 'XyZ' }`; a string says what is
 * wrong (an unknown kind, a kind twice, a malformed id), for the one-line boot error.
 */
export function parseSubscribeTemplates(raw: string | undefined): SubscribeTemplateIds | string {
  const out: SubscribeTemplateIds = {};
  for (const part of (raw ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [kind, id, extra] = part.split('=').map((s) => s.trim());
    const parsed = notificationKindSchema.safeParse(kind);
    if (!parsed.success) return `unknown kind ${JSON.stringify(kind)} (one of ${notificationKindSchema.options.join(', ')})`;
    if (extra !== undefined || !id || !TEMPLATE_ID.test(id)) return `${parsed.data} needs one template id of letters, digits, _ or -`;
    if (out[parsed.data]) return `${parsed.data} is given twice`;
    out[parsed.data] = id;
  }
  return out;
}
