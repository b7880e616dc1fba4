import type { UploadAvatarRequest } from '@livemall/shared';

/** The upload's content type from the picked file's name: WeChat and browsers hand back .png or .jpg/.jpeg. */
export function avatarContentType(path: string): UploadAvatarRequest['contentType'] {
  return /\.png$/i.test(path.split('?')[0] ?? '') ? 'image/png' : 'image/jpeg';
}

/** Bytes to base64 without Buffer (not in mini-programs or browsers) and without floats. */
export function toBase64(bytes: Uint8Array): string {
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += table[a >> 2]! + table[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : table[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : table[c & 63]!;
  }
  return out;
}
