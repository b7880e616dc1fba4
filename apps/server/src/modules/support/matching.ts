import type { SupportFaq } from '@livemall/shared';

/**
 * An order number as the orders module makes and shows it (order-no.ts): the UTC day `YYYYMMDD` followed
 * by twelve digits. Digits around it must not continue the run, so a longer number is not cut down to one.
 */
const ORDER_NO = /(?<!\d)(20\d{6}\d{12})(?!\d)/;

/** The first order number in a message, or null. */
export function extractOrderNo(text: string): string | null {
  return ORDER_NO.exec(text)?.[1] ?? null;
}

/** 人工 (and so 转人工, 人工客服…): the viewer asks for a person. */
export function wantsHuman(text: string): boolean {
  return text.includes('人工');
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** The first rule (in list order) with a keyword inside the message; letters compared case- and width-blind. */
export function matchFaq<T extends Pick<SupportFaq, 'keywords'>>(text: string, faqs: readonly T[]): T | null {
  const folded = fold(text);
  return faqs.find((f) => f.keywords.some((k) => folded.includes(fold(k)))) ?? null;
}
