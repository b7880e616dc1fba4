import { avatarContentType, toBase64 } from './avatar-file';

describe('avatar files', () => {
  it('encodes bytes as base64 like the standard alphabet, with padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      expect(toBase64(Uint8Array.from(Buffer.from(text)))).toBe(Buffer.from(text).toString('base64'));
    }
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('names the type from the file name', () => {
    expect(avatarContentType('wxfile://tmp_abc.PNG')).toBe('image/png');
    expect(avatarContentType('http://tmp/abc.jpeg')).toBe('image/jpeg');
    expect(avatarContentType('blob:http://x/abc')).toBe('image/jpeg');
  });
});
