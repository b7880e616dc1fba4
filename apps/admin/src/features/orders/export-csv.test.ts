import type { Order } from '@livemall/shared';
import { parseCsv } from '../goods/csv';
import { EXPORT_HEADER, ordersCsv } from './export-csv';

const order = (patch: Partial<Order>): Order => ({
  id: '00000000-0000-4000-8000-000000000001', no: 'LM001', userId: '00000000-0000-4000-8000-000000000002', merchantId: '00000000-0000-4000-8000-000000000003',
  status: 'paid', source: 'mall', sourceId: null,
  items: [{ id: '00000000-0000-4000-8000-000000000004', skuId: '00000000-0000-4000-8000-000000000005', goodsId: '00000000-0000-4000-8000-000000000006', title: 'T恤', specText: '红 / S', coverUrl: null, priceFen: 1990, quantity: 2, refundedQuantity: 0, discountFen: 0 }],
  itemsFen: 3980, shippingFen: 800, discountFen: 5, totalFen: 4775, couponId: null, refundedFen: 0,
  address: { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' },
  createdAt: '2026-12-07T02:00:00.000Z', payDeadline: '2026-12-07T02:15:00.000Z', paidAt: null, shippedAt: null, carrier: null, trackingNo: null,
  completedAt: null, cancelledAt: null, cancelReason: null, refunds: [], ...patch,
});

describe('orders CSV', () => {
  it('starts with a BOM and gives amounts in yuan with two decimals, exactly from fen', () => {
    const text = ordersCsv([order({}), order({ no: 'LM002', itemsFen: 1, shippingFen: 0, discountFen: 0, totalFen: 100_000_001, refundedFen: 10, status: 'shipped', carrier: '顺丰速运', trackingNo: 'SF123456' })]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, first, second] = parseCsv(text).map((r) => r.fields);
    expect(header).toEqual(EXPORT_HEADER);
    const col = (row: string[] | undefined, name: string) => row![EXPORT_HEADER.indexOf(name)];
    expect([col(first, '商品金额'), col(first, '运费'), col(first, '优惠'), col(first, '实付'), col(first, '已退款')]).toEqual(['39.80', '8.00', '0.05', '47.75', '0.00']);
    expect([col(second, '商品金额'), col(second, '实付'), col(second, '已退款')]).toEqual(['0.01', '1000000.01', '0.10']);
    expect(col(first, '状态')).toBe('待发货');
    expect(col(first, '商品')).toBe('T恤（红 / S） ×2');
    expect([col(second, '快递公司'), col(second, '运单号')]).toEqual(['顺丰速运', 'SF123456']);
  });

  it('keeps a buyer-typed formula from running in Excel', () => {
    const text = ordersCsv([order({ address: { name: '=HYPERLINK("x")', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '1' } })]);
    expect(parseCsv(text)[1]!.fields[3]).toBe(`'=HYPERLINK("x")`);
  });
});
