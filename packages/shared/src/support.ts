import { z } from 'zod';

/**
 * Customer service: one conversation per (shop, viewer). While it is in `bot` mode every viewer message
 * gets automatic replies (order status, the shop's FAQ); `human` mode waits for the shop's staff.
 */
export const supportStatusSchema = z.enum(['bot', 'human']);
export type SupportStatus = z.infer<typeof supportStatusSchema>;

export const supportChannelSchema = z.enum(['app', 'wechat']);
export type SupportChannel = z.infer<typeof supportChannelSchema>;

export const supportSenderSchema = z.enum(['user', 'bot', 'agent']);
export type SupportSender = z.infer<typeof supportSenderSchema>;

export const SUPPORT_TEXT_MAX = 1000;

export const supportTextSchema = z.string().trim().min(1).max(SUPPORT_TEXT_MAX);

/** The sender's own key for a message: sending it again (a retry) never stores a second copy. */
export const clientMsgIdSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 letters, digits, _ or -');

export const supportMessageSchema = z.object({
  /** Increasing across all conversations: the cursor a poll passes back as `after`. */
  id: z.string(),
  sender: supportSenderSchema,
  text: z.string(),
  createdAt: z.string(),
});
export type SupportMessage = z.infer<typeof supportMessageSchema>;

export const supportMerchantParamsSchema = z.object({ merchantId: z.string().uuid() });
export type SupportMerchantParams = z.infer<typeof supportMerchantParamsSchema>;

export const supportConversationParamsSchema = z.object({ conversationId: z.string().uuid() });
export type SupportConversationParams = z.infer<typeof supportConversationParamsSchema>;

export const sendSupportMessageRequestSchema = z.object({ clientMsgId: clientMsgIdSchema, text: supportTextSchema });
export type SendSupportMessageRequest = z.infer<typeof sendSupportMessageRequestSchema>;

/** My message and the automatic replies it produced (none in human mode); a retry answers the same. */
export const sendSupportMessageResultSchema = z.object({
  conversationId: z.string().uuid(),
  status: supportStatusSchema,
  message: supportMessageSchema,
  replies: z.array(supportMessageSchema),
});
export type SendSupportMessageResult = z.infer<typeof sendSupportMessageResultSchema>;

/** Messages after a cursor (a message id), oldest first. */
export const supportMessagesQuerySchema = z.object({
  after: z.string().regex(/^\d{1,19}$/).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SupportMessagesQuery = z.infer<typeof supportMessagesQuerySchema>;

export const supportMessagePageSchema = z.object({
  /** Null until the first message. */
  conversationId: z.string().uuid().nullable(),
  status: supportStatusSchema,
  messages: z.array(supportMessageSchema),
  /** Pass as `after` on the next poll; the request's own `after` when nothing is new. */
  cursor: z.string().nullable(),
});
export type SupportMessagePage = z.infer<typeof supportMessagePageSchema>;

export const supportConversationSchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  userId: z.string().uuid(),
  userNickname: z.string(),
  status: supportStatusSchema,
  /** Where the viewer wrote last: replies go there too. */
  channel: supportChannelSchema,
  lastText: z.string(),
  lastMessageAt: z.string(),
  /** Viewer messages the shop has not read yet. */
  unread: z.number().int().nonnegative(),
});
export type SupportConversation = z.infer<typeof supportConversationSchema>;

/** The inbox: `human` (the default) lists those waiting for a person. */
export const supportInboxQuerySchema = z.object({
  /** Which shop; unset: the one I own. Assistants of a shop pass it. */
  merchantId: z.string().uuid().optional(),
  status: z.enum(['human', 'bot', 'all']).default('human'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SupportInboxQuery = z.infer<typeof supportInboxQuerySchema>;

export const supportInboxSchema = z.object({ items: z.array(supportConversationSchema) });
export type SupportInbox = z.infer<typeof supportInboxSchema>;

export const supportThreadSchema = z.object({
  conversation: supportConversationSchema,
  messages: z.array(supportMessageSchema),
  cursor: z.string().nullable(),
});
export type SupportThread = z.infer<typeof supportThreadSchema>;

export const supportAgentReplyRequestSchema = sendSupportMessageRequestSchema;
export type SupportAgentReplyRequest = z.infer<typeof supportAgentReplyRequestSchema>;

export const supportFaqKeywordSchema = z.string().trim().min(1).max(20);

export const supportFaqSchema = z.object({
  keywords: z
    .array(supportFaqKeywordSchema)
    .min(1)
    .max(10),
  answer: z.string().trim().min(1).max(500),
});
export type SupportFaq = z.infer<typeof supportFaqSchema>;

/** The whole FAQ list, in the order rules are tried (the first rule with a keyword in the message wins). */
export const supportFaqListSchema = z.object({ faqs: z.array(supportFaqSchema).max(50) });
export type SupportFaqList = z.infer<typeof supportFaqListSchema>;

export const supportFaqQuerySchema = z.object({ merchantId: z.string().uuid().optional() });
export type SupportFaqQuery = z.infer<typeof supportFaqQuerySchema>;

/** What a viewer may tap as a quick question: each rule's first keyword. */
export const supportQuickQuestionsSchema = z.object({ questions: z.array(z.string()) });
export type SupportQuickQuestions = z.infer<typeof supportQuickQuestionsSchema>;
