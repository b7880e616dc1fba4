import { AVATAR_MAX_BYTES } from '@livemall/shared';
import { decodeAvatar } from './avatar-image';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 2)]);
const b64 = (b: Buffer) => b.toString('base64');

describe('decodeAvatar', () => {
  it('takes a PNG or JPEG whose bytes match its declared type', () => {
    expect(decodeAvatar({ contentType: 'image/png', dataBase64: b64(png) })).toEqual({ bytes: png, extension: 'png' });
    expect(decodeAvatar({ contentType: 'image/jpeg', dataBase64: b64(jpeg) })).toEqual({ bytes: jpeg, extension: 'jpg' });
  });

  it('refuses a JPEG sent as PNG, text, a bare signature, and anything over the limit', () => {
    expect(decodeAvatar({ contentType: 'image/png', dataBase64: b64(jpeg) })).toBeNull();
    expect(decodeAvatar({ contentType: 'image/jpeg', dataBase64: b64(Buffer.from('<svg onload=alert(1)>')) })).toBeNull();
    expect(decodeAvatar({ contentType: 'image/png', dataBase64: b64(png.subarray(0, 8)) })).toBeNull();
    const big = Buffer.concat([png, Buffer.alloc(AVATAR_MAX_BYTES)]);
    expect(decodeAvatar({ contentType: 'image/png', dataBase64: b64(big) })).toBeNull();
  });
});
