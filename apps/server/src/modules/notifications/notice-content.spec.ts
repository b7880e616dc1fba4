import { composeNotice, fit, wechatPage } from './notice-content';

describe('notice content', () => {
  it('cuts values over WeChat limits by characters, not bytes, and marks the cut', () => {
    expect(fit('一二三四五', 5)).toBe('一二三四五');
    expect(fit('一二三四五六', 5)).toBe('一二三四…');
  });

  it('writes an order shipped notice that opens the order', () => {
    const n = composeNotice('order_shipped', { orderId: 'o1', orderNo: 'LM20261122001', carrier: '顺丰速运', trackingNo: 'SF123' });
    expect(n).toEqual({
      title: '订单已发货',
      body: '订单 LM20261122001 已由顺丰速运发出，运单号 SF123',
      link: '/subpackages/mall/order/index?id=o1',
      data: { character_string1: 'LM20261122001', thing2: '顺丰速运', character_string3: 'SF123' },
    });
    expect(wechatPage(n.link)).toBe('subpackages/mall/order/index?id=o1');
  });

  it('keeps a long room title within a thing field but whole in the inbox', () => {
    const title = '双十一零点秒杀专场：全场好货低至一折起还有红包雨';
    const n = composeNotice('room_live', { roomId: 'r1', title, anchorName: '林掌柜' });
    expect(Array.from(n.data.thing1 ?? '')).toHaveLength(20);
    expect(n.body).toContain(title);
    expect(n.link).toBe('/subpackages/live/room/index?roomId=r1');
  });

  it('shows refunds in yuan and tells a failed group from a successful one', () => {
    expect(composeNotice('refund_done', { orderId: 'o', orderNo: 'N', amountFen: 1205 }).data.amount2).toBe('¥12.05');
    expect(composeNotice('group_failed', { groupId: 'g', title: '拼团' }).title).toBe('拼团未成功');
    expect(composeNotice('group_succeeded', { groupId: 'g', title: '拼团' }).title).toBe('拼团成功');
    expect(wechatPage(composeNotice('points_expiring', { amount: 5, date: '2026-12-31' }).link)).toBeUndefined();
  });
});
