import { formatViews } from './content-format';

describe('formatViews', () => {
  it('shows small counts as they are and large ones in 万, never rounded up', () => {
    expect(formatViews(0)).toBe('0');
    expect(formatViews(9_999)).toBe('9999');
    expect(formatViews(10_000)).toBe('1万');
    expect(formatViews(12_999)).toBe('1.2万');
    expect(formatViews(1_234_567)).toBe('123.4万');
  });
});
