import type { NotificationKind } from '@livemall/shared';

/** What each kind of event carries: enough to write the inbox item and the WeChat message. */
export interface NoticePayloads {
  order_shipped: { orderId: string; orderNo: string; carrier: string; trackingNo: string };
  refund_done: { orderId: string; orderNo: string; amountFen: number };
  group_succeeded: { groupId: string; title: string };
  group_failed: { groupId: string; title: string };
  room_live: { roomId: string; title: string; anchorName: string };
  points_expiring: { amount: number; date: string };
}

/** One notice as stored and pushed: inbox text, the page it opens, and the subscribe-message fields. */
export interface NoticeContent {
  title: string;
  body: string;
  /** A client page path (`/subpackages/…?id=…`), or null. */
  link: string | null;
  /** WeChat subscribe-message `data`, by template keyword (values already within WeChat's limits). */
  data: Record<string, string>;
}

const ORDER_PAGE = '/subpackages/mall/order/index';
const GROUP_PAGE = '/subpackages/marketing/group/index';
const ROOM_PAGE = '/subpackages/live/room/index';

/** WeChat refuses a `thing` value over 20 characters and a `character_string` over 32: cut, marking the cut. */
export function fit(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

const thing = (v: string) => fit(v, 20);
const code = (v: string) => fit(v, 32);
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/**
 * The words of each kind. The subscribe-message keywords (`thing1`, `character_string2`…) are those of
 * the templates to pick in the mini-program console for each kind (docs/notifications.md lists them).
 */
export function composeNotice<K extends NotificationKind>(kind: K, payload: NoticePayloads[K]): NoticeContent {
  const p = payload as NoticePayloads[NotificationKind];
  switch (kind) {
    case 'order_shipped': {
      const o = p as NoticePayloads['order_shipped'];
      return {
        title: '订单已发货',
        body: `订单 ${o.orderNo} 已由${o.carrier}发出，运单号 ${o.trackingNo}`,
        link: `${ORDER_PAGE}?id=${o.orderId}`,
        data: { character_string1: code(o.orderNo), thing2: thing(o.carrier), character_string3: code(o.trackingNo) },
      };
    }
    case 'refund_done': {
      const o = p as NoticePayloads['refund_done'];
      return {
        title: '退款已到账',
        body: `订单 ${o.orderNo} 的 ${yuan(o.amountFen)} 已原路退回`,
        link: `${ORDER_PAGE}?id=${o.orderId}`,
        data: { character_string1: code(o.orderNo), amount2: yuan(o.amountFen) },
      };
    }
    case 'group_succeeded':
    case 'group_failed': {
      const g = p as NoticePayloads['group_succeeded'];
      const ok = kind === 'group_succeeded';
      return {
        title: ok ? '拼团成功' : '拼团未成功',
        body: ok ? `「${g.title}」拼团成功，商家将尽快发货` : `「${g.title}」未在时限内成团，货款将原路退回`,
        link: `${GROUP_PAGE}?id=${g.groupId}`,
        data: { thing1: thing(g.title), phrase2: ok ? '拼团成功' : '拼团失败' },
      };
    }
    case 'room_live': {
      const r = p as NoticePayloads['room_live'];
      return {
        title: '你预约的直播开始了',
        body: `${r.anchorName}的「${r.title}」正在直播`,
        link: `${ROOM_PAGE}?roomId=${r.roomId}`,
        data: { thing1: thing(r.title), thing2: thing(r.anchorName) },
      };
    }
    case 'points_expiring': {
      const x = p as NoticePayloads['points_expiring'];
      return {
        title: '积分即将过期',
        body: `你有 ${x.amount} 积分将于 ${x.date} 过期，记得使用`,
        link: null,
        data: { number1: String(x.amount), date2: x.date },
      };
    }
    default:
      throw new Error(`no words for notification kind ${String(kind)}`);
  }
}

/** WeChat's `page` is the path without its leading slash. */
export function wechatPage(link: string | null): string | undefined {
  return link ? link.replace(/^\//, '') : undefined;
}
