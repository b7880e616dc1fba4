import { toFen, yuanRule } from './yuan';

const check = (value: unknown, opts = { label: '金额', min: 1, max: 20_000_000 }) => yuanRule(opts).validator(undefined, value);

describe('amounts typed in yuan', () => {
  it('convert to fen exactly, without float drift', () => {
    expect(toFen('0.1')).toBe(10);
    expect(toFen('19.99')).toBe(1_999);
    expect(toFen('1,234.05')).toBe(123_405);
    expect(toFen(' 200 ')).toBe(20_000);
    expect(toFen('0.07')).toBe(7);
  });

  it('say what is wrong in words', async () => {
    await expect(check('')).rejects.toThrow('请填写金额');
    await expect(check('1.234')).rejects.toThrow('最多两位小数');
    await expect(check('abc')).rejects.toThrow('格式不对');
    await expect(check('0')).rejects.toThrow('不能少于 0.01 元');
    await expect(check('200000.01')).rejects.toThrow('不能超过 200000.00 元');
    await expect(check('12.5')).resolves.toBeUndefined();
  });
});
