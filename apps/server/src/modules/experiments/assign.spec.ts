import { assignVariant } from './assign';

describe('assignVariant', () => {
  const variants = [
    { name: 'A', weight: 70 },
    { name: 'B', weight: 30 },
  ];

  it('gives the same subject the same variant every time', () => {
    for (let i = 0; i < 50; i++) {
      const id = `user-${i}`;
      expect(assignVariant('checkout_btn', id, variants)).toBe(assignVariant('checkout_btn', id, variants));
    }
  });

  it('splits 10k subjects roughly by weight (within 2%)', () => {
    const counts = new Map<string | null, number>();
    for (let i = 0; i < 10_000; i++) {
      const v = assignVariant('checkout_btn', `user-${i}`, variants);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(Math.abs((counts.get('A') ?? 0) / 10_000 - 0.7)).toBeLessThan(0.02);
    expect(Math.abs((counts.get('B') ?? 0) / 10_000 - 0.3)).toBeLessThan(0.02);
  });

  it('never picks a zero-weight variant, and null when all weights are 0', () => {
    const vs = [
      { name: 'A', weight: 1 },
      { name: 'off', weight: 0 },
    ];
    for (let i = 0; i < 200; i++) expect(assignVariant('k', `u${i}`, vs)).toBe('A');
    expect(assignVariant('k', 'u', [{ name: 'A', weight: 0 }])).toBeNull();
  });

  it('hashes the experiment key in, so experiments are independent', () => {
    const half = [
      { name: 'A', weight: 1 },
      { name: 'B', weight: 1 },
    ];
    let same = 0;
    for (let i = 0; i < 1000; i++) if (assignVariant('one', `u${i}`, half) === assignVariant('two', `u${i}`, half)) same++;
    expect(same).toBeGreaterThan(400);
    expect(same).toBeLessThan(600);
  });
});
