import { orderNo } from '../orders/order-no';
import { extractOrderNo, matchFaq, wantsHuman } from './matching';

describe('extractOrderNo', () => {
  it('finds a number the orders module makes, wherever it sits in the text', () => {
    const no = orderNo(new Date('2026-12-07T01:00:00Z'));
    expect(extractOrderNo(no)).toBe(no);
    expect(extractOrderNo(`请问订单${no}发货了吗`)).toBe(no);
    expect(extractOrderNo(`订单号：${no}，谢谢`)).toBe(no);
  });

  it('takes the first of two, and none from a longer or shorter run of digits', () => {
    const a = orderNo();
    const b = orderNo();
    expect(extractOrderNo(`${a} 和 ${b}`)).toBe(a);
    expect(extractOrderNo(`1${a}`)).toBeNull();
    expect(extractOrderNo(`${a}9`)).toBeNull();
    expect(extractOrderNo(a.slice(1))).toBeNull();
    expect(extractOrderNo('我的手机 13800138000')).toBeNull();
  });
});

describe('wantsHuman', () => {
  it.each([['人工', true], ['转人工', true], ['我要人工客服', true], ['人 工', false], ['工人', false]])('%s → %s', (text, expected) => {
    expect(wantsHuman(text)).toBe(expected);
  });
});

describe('matchFaq', () => {
  const faqs = [
    { keywords: ['发货', 'ship'], answer: 'A1' },
    { keywords: ['退货', '发货时间'], answer: 'A2' },
    { keywords: ['ＶＩＰ'], answer: 'A3' },
  ];

  it('picks the first rule in list order with a keyword inside the text', () => {
    expect(matchFaq('什么时候发货时间', faqs)?.answer).toBe('A1');
    expect(matchFaq('我想退货', faqs)?.answer).toBe('A2');
  });

  it('ignores case and full-width forms, and answers null when nothing matches', () => {
    expect(matchFaq('When do you SHIP?', faqs)?.answer).toBe('A1');
    expect(matchFaq('vip 有什么优惠', faqs)?.answer).toBe('A3');
    expect(matchFaq('你好', faqs)).toBeNull();
    expect(matchFaq('发货', [])).toBeNull();
  });
});
