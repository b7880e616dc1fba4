import { createHash } from 'node:crypto';
import { signatureMatches, wechatSignature } from './wechat-signature';

describe('WeChat push signature', () => {
  it("is sha1 of the sorted token, timestamp and nonce (WeChat's documented example order)", () => {
    const expected = createHash('sha1').update(['1714000000', '42', 'tok'].sort().join('')).digest('hex');
    expect(wechatSignature('tok', '1714000000', '42')).toBe(expected);
    // Sorting makes the argument order irrelevant to the result, as WeChat's own check does.
    expect(wechatSignature('42', 'tok', '1714000000')).toBe(expected);
  });

  it('matches only the right token and the untouched values', () => {
    const q = { timestamp: '1714000000', nonce: '987', signature: wechatSignature('secretToken', '1714000000', '987') };
    expect(signatureMatches('secretToken', q)).toBe(true);
    expect(signatureMatches('secretToken', { ...q, signature: q.signature.toUpperCase() })).toBe(true);
    expect(signatureMatches('otherToken', q)).toBe(false);
    expect(signatureMatches('secretToken', { ...q, nonce: '988' })).toBe(false);
    expect(signatureMatches('secretToken', { ...q, signature: q.signature.slice(1) })).toBe(false);
    expect(signatureMatches('secretToken', { timestamp: q.timestamp, nonce: q.nonce })).toBe(false);
    expect(signatureMatches('secretToken', { ...q, nonce: ['987'] })).toBe(false);
  });
});
