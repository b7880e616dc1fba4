import type { OrderStatus } from '@livemall/shared';
import { extractOrderNo, matchFaq, wantsHuman } from './matching';

export interface OrderFacts {
  no: string;
  status: OrderStatus;
  carrier: string | null;
  trackingNo: string | null;
}

export interface AutoReplySources {
  /** The order with this number only if the sender placed it at this shop; null otherwise. */
  ownOrder(no: string): Promise<OrderFacts | null>;
  faqs(): Promise<Array<{ keywords: string[]; answer: string }>>;
}

export interface AutoReply {
  text: string;
  /** The conversation goes to a person after this reply. */
  handOff: boolean;
}

export const HANDOFF_ASKED = '已为您转接人工客服，请稍候，商家会尽快回复您。';
export const HANDOFF_UNKNOWN = '这个问题我暂时回答不了，已为您转接人工客服，请稍候。';
/** The same words for an unknown number and for someone else's order: they must not be told apart. */
export const ORDER_NOT_FOUND = '没有找到您的这笔订单，请核对订单号（可在“我的订单”中查看）。';

const statusWords: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  paid: '已付款，等待商家发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

export function orderReply(o: OrderFacts): string {
  const shipping = o.carrier && o.trackingNo && (o.status === 'shipped' || o.status === 'completed') ? `，${o.carrier} 运单号 ${o.trackingNo}` : '';
  return `您的订单 ${o.no} 当前状态：${statusWords[o.status]}${shipping}。`;
}

/**
 * What the bot answers, in order: a person when asked (人工), an order's status when the message names
 * one, the shop's first matching FAQ rule, and otherwise a person.
 */
export async function autoReply(text: string, sources: AutoReplySources): Promise<AutoReply> {
  if (wantsHuman(text)) return { text: HANDOFF_ASKED, handOff: true };
  const no = extractOrderNo(text);
  if (no) {
    const order = await sources.ownOrder(no);
    return { text: order ? orderReply(order) : ORDER_NOT_FOUND, handOff: false };
  }
  const faq = matchFaq(text, await sources.faqs());
  if (faq) return { text: faq.answer, handOff: false };
  return { text: HANDOFF_UNKNOWN, handOff: true };
}
