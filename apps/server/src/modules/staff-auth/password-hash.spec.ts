import { hashPassword, parsePasswordHash, verifyPassword } from './password-hash';

// A low cost keeps the suite fast; the format and the checks are the same at any cost.
const cheap = { N: 1024, r: 8, p: 1 };

describe('password hash (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse', cheap);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct hors', stored)).toBe(false);
    expect(await verifyPassword('Correct horse', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password hashes differently and both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same', cheap), hashPassword('same', cheap)]);
    expect(a).not.toBe(b);
    expect(parsePasswordHash(a)?.salt.equals(parsePasswordHash(b)!.salt)).toBe(false);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('stores its parameters, and verifies with the stored ones rather than the defaults', async () => {
    const stored = await hashPassword('pw', { N: 2048, r: 4, p: 2 });
    const parsed = parsePasswordHash(stored);
    expect(parsed).toMatchObject({ N: 2048, r: 4, p: 2 });
    expect(parsed?.salt.length).toBe(16);
    expect(parsed?.key.length).toBe(64);
    expect(await verifyPassword('pw', stored)).toBe(true);
    // The same salt and key under other parameters is a different hash.
    expect(await verifyPassword('pw', stored.replace('scrypt$2048$4$2$', 'scrypt$1024$4$2$'))).toBe(false);
  });

  it('uses the default cost when none is given', async () => {
    const stored = await hashPassword('pw');
    expect(parsePasswordHash(stored)).toMatchObject({ N: 16_384, r: 8, p: 1 });
    expect(await verifyPassword('pw', stored)).toBe(true);
  });

  it('refuses hashes it did not write instead of throwing', async () => {
    const good = await hashPassword('pw', cheap);
    for (const bad of ['', 'plain', good.replace('scrypt', 'bcrypt'), good.replace('$1024$', '$1000$'), good.replace('$1024$', '$-1$'), good.split('$').slice(0, 5).join('$')]) {
      expect(parsePasswordHash(bad)).toBeNull();
      expect(await verifyPassword('pw', bad)).toBe(false);
    }
  });
});
