import { fenSchema, formatFen, MoneyFormatError, parseYuan } from './money';

describe('parseYuan', () => {
  it.each([
    ['¥12.34', 1234],
    ['￥12.3', 1230],
    ['12', 1200],
    ['0.01', 1],
    ['0.1', 10],
    [' ¥ 1,234.56 ', 123456],
    ['-¥0.05', -5],
    ['-0', 0],
    ['90071992547409.91', 9007199254740991],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', '¥', '12.345', '1.2.3', 'abc', '1e3', '12,34', '¥-1', 'NaN', '90071992547409.92'])('refuses %j', (text) => {
    expect(() => parseYuan(text)).toThrow(MoneyFormatError);
  });

  it('does not pick up float error: 0.07 + 0.1 style amounts stay exact', () => {
    expect(parseYuan('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(parseYuan('1.15')).toBe(115); // 1.15 * 100 = 114.99999999999999
  });
});

describe('formatFen', () => {
  it.each([
    [1234, '¥12.34'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [0, '¥0.00'],
    [-5, '-¥0.05'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('can drop the symbol and group thousands', () => {
    expect(formatFen(123456789, { symbol: false, grouping: true })).toBe('1,234,567.89');
  });

  it('round-trips with parseYuan for every fen value in a range', () => {
    for (let fen = -2000; fen <= 2000; fen += 7) expect(parseYuan(formatFen(fen))).toBe(fen);
  });

  it.each([0.5, Number.NaN, Infinity, 2 ** 53])('refuses %p, which is not a whole number of fen', (bad) => {
    expect(() => formatFen(bad)).toThrow(MoneyFormatError);
  });
});

describe('fenSchema', () => {
  it('accepts integers and refuses fractions of a fen', () => {
    expect(fenSchema.safeParse(199).success).toBe(true);
    expect(fenSchema.safeParse(1.5).success).toBe(false);
    expect(fenSchema.safeParse('199').success).toBe(false);
  });
});
