import { autoReply, HANDOFF_ASKED, HANDOFF_UNKNOWN, ORDER_NOT_FOUND, type AutoReplySources, type OrderFacts } from './auto-reply';

const NO = '20261207000000000042';

function sources(order: OrderFacts | null, faqs = [{ keywords: ['发货'], answer: '48 小时内发货' }]): AutoReplySources & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    ownOrder: async (no) => {
      asked.push(no);
      return order && order.no === no ? order : null;
    },
    faqs: async () => faqs,
  };
}

describe('autoReply', () => {
  it('人工 wins over everything else, without looking anything up', async () => {
    const s = sources({ no: NO, status: 'paid', carrier: null, trackingNo: null });
    expect(await autoReply(`转人工 ${NO} 发货`, s)).toEqual({ text: HANDOFF_ASKED, handOff: true });
    expect(s.asked).toEqual([]);
  });

  it('answers an own order with its status, and with carrier and tracking once shipped', async () => {
    expect((await autoReply(`订单${NO}怎么样了`, sources({ no: NO, status: 'paid', carrier: null, trackingNo: null }))).text).toContain('已付款');
    const shipped = await autoReply(`订单${NO}`, sources({ no: NO, status: 'shipped', carrier: '顺丰', trackingNo: 'SF123' }));
    expect(shipped).toEqual({ text: expect.stringContaining('已发货'), handOff: false });
    expect(shipped.text).toContain('顺丰');
    expect(shipped.text).toContain('SF123');
  });

  it('answers the same words for an order that is not the sender\'s as for an unknown one', async () => {
    const s = sources(null);
    expect(await autoReply(`${NO} 发货了吗`, s)).toEqual({ text: ORDER_NOT_FOUND, handOff: false });
    expect(s.asked).toEqual([NO]);
  });

  it('then the FAQ, then a person', async () => {
    expect(await autoReply('什么时候发货', sources(null))).toEqual({ text: '48 小时内发货', handOff: false });
    expect(await autoReply('你好', sources(null))).toEqual({ text: HANDOFF_UNKNOWN, handOff: true });
  });
});
