import { z } from 'zod';
import { instantSchema } from './instant';

/**
 * Notifications (消息通知). Every event lands in the in-app inbox; it is also sent as a WeChat subscribe
 * message (订阅消息) when the user has a WeChat login and an unspent consent for that kind's template.
 *
 * WeChat subscribe messages are one-shot: each "allow" the user taps in `requestSubscribeMessage` lets the
 * server send ONE message with that template. The client asks for consent with the template ids from
 * `GET /notifications/templates` and reports what the user accepted with `POST /me/subscriptions`.
 */
export const notificationKindSchema = z.enum([
  'order_shipped',
  'refund_done',
  'group_succeeded',
  'group_failed',
  'room_live',
  'points_expiring',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** One inbox item. `link` is a client page path to open on tap (e.g. `pages/order/detail?id=…`), or null. */
export const notificationSchema = z.object({
  id: z.string().uuid(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: instantSchema,
  readAt: instantSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/** A page of my inbox, newest first, with how many of all my notifications are unread. */
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().nonnegative(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationIdParamsSchema = z.object({ id: z.string().uuid() });

export const readAllResultSchema = z.object({ unreadCount: z.literal(0), marked: z.number().int().nonnegative() });
export type ReadAllResult = z.infer<typeof readAllResultSchema>;

/** The WeChat template of each kind that has one configured (kinds without one are inbox-only). */
export const subscribeTemplateSchema = z.object({ kind: notificationKindSchema, templateId: z.string() });
export type SubscribeTemplate = z.infer<typeof subscribeTemplateSchema>;
export const subscribeTemplatesSchema = z.object({ items: z.array(subscribeTemplateSchema) });
export type SubscribeTemplates = z.infer<typeof subscribeTemplatesSchema>;

/**
 * What the user answered in `requestSubscribeMessage`: `templateIds` are the ids asked for, `accepted` the
 * ones answered "accept" (each adds one sendable message of that template). Unknown ids are refused.
 */
export const recordSubscriptionsRequestSchema = z
  .object({
    /** Retrying with the same id records the consents once. */
    requestId: z.string().uuid(),
    templateIds: z.array(z.string().min(1).max(128)).min(1).max(20),
    accepted: z.array(z.string().min(1).max(128)).max(20),
  })
  .refine((r) => r.accepted.every((id) => r.templateIds.includes(id)), {
    message: 'accepted must be among templateIds',
    path: ['accepted'],
  });
export type RecordSubscriptionsRequest = z.infer<typeof recordSubscriptionsRequestSchema>;

/** How many messages of each template the server may still send me. */
export const subscriptionBalanceSchema = z.object({
  items: z.array(z.object({ templateId: z.string(), remaining: z.number().int().nonnegative() })),
});
export type SubscriptionBalance = z.infer<typeof subscriptionBalanceSchema>;
