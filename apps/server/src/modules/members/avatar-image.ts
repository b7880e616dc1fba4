import { AVATAR_MAX_BYTES, type UploadAvatarRequest } from '@livemall/shared';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * The uploaded image's bytes, if they are what they claim: the right magic bytes for the declared type
 * and within the size. Null otherwise (a renamed file, a truncated upload, something that is no image).
 */
export function decodeAvatar(body: UploadAvatarRequest): { bytes: Buffer; extension: 'png' | 'jpg' } | null {
  const bytes = Buffer.from(body.dataBase64, 'base64');
  if (bytes.length === 0 || bytes.length > AVATAR_MAX_BYTES) return null;
  const [magic, extension] = body.contentType === 'image/png' ? ([PNG, 'png'] as const) : ([JPEG, 'jpg'] as const);
  if (bytes.length <= magic.length || !bytes.subarray(0, magic.length).equals(magic)) return null;
  return { bytes, extension };
}
