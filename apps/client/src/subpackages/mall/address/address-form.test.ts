import { emptyAddress, validateAddress } from './address-form';

const good = { ...emptyAddress, name: '林小姐', phone: '13800138000', province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' };

describe('validateAddress', () => {
  it('accepts a complete address and trims what the schema trims', () => {
    expect(validateAddress({ ...good, name: ' 林小姐 ', phone: ' 13800138000 ' })).toEqual({ value: { ...good } });
  });

  it('names each missing field and a phone the shared schema refuses', () => {
    const result = validateAddress({ ...good, name: '  ', city: '', phone: '23800138000' });
    expect(result).toEqual({ errors: { name: '请填写收货人', city: '请填写城市', phone: '请输入 11 位手机号（1 开头）' } });
    expect(validateAddress({ ...good, phone: '1380013800' })).toEqual({ errors: { phone: '请输入 11 位手机号（1 开头）' } });
    expect(validateAddress({ ...good, detail: '长'.repeat(121) })).toEqual({ errors: { detail: '详细地址最多 120 个字' } });
  });
});
