import { createDecipheriv, createSign, createVerify, type KeyObject } from 'node:crypto';

/**
 * The signatures and encryption of WeChat Pay API v3, with node:crypto only. Every signed message is
 * lines joined by `\n` with a trailing `\n`; signatures are RSA-SHA256 (PKCS#1 v1.5), base64.
 */

function signLines(privateKey: KeyObject, lines: string[]): string {
  return createSign('RSA-SHA256').update(lines.map((l) => `${l}\n`).join('')).sign(privateKey, 'base64');
}

/** True only for a signature by `publicKey` over exactly these lines. */
export function verifyLines(publicKey: KeyObject, lines: string[], signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(lines.map((l) => `${l}\n`).join('')).verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

export interface RequestSigner {
  mchId: string;
  serialNo: string;
  privateKey: KeyObject;
}

/**
 * The `Authorization` header of a request: the method, the path with its query, the time in seconds,
 * a nonce and the exact body bytes (empty for GET), signed with the merchant key.
 */
export function authorization(s: RequestSigner, method: string, pathAndQuery: string, body: string, timestamp: string, nonce: string): string {
  const signature = signLines(s.privateKey, [method, pathAndQuery, timestamp, nonce, body]);
  return `WECHATPAY2-SHA256-RSA2048 mchid="${s.mchId}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${s.serialNo}"`;
}

/** `paySign` of `wx.requestPayment`: appId, timeStamp, nonceStr and `prepay_id=…`, signed with the merchant key. */
export function paySign(privateKey: KeyObject, appId: string, timeStamp: string, nonceStr: string, pkg: string): string {
  return signLines(privateKey, [appId, timeStamp, nonceStr, pkg]);
}

/** The signature WeChat puts on a notification or an answer: over its timestamp, nonce and body. */
export function verifyWechatSignature(publicKey: KeyObject, timestamp: string, nonce: string, body: string, signature: string): boolean {
  return verifyLines(publicKey, [timestamp, nonce, body], signature);
}

export interface EncryptedResource {
  algorithm: string;
  ciphertext: string;
  nonce: string;
  associated_data?: string | undefined;
}

/**
 * Opens a notification's `resource`: AEAD_AES_256_GCM with the APIv3 key; the base64 ciphertext ends with
 * the 16-byte tag. Throws if the key, nonce, associated data or text do not match.
 */
export function decryptResource(apiV3Key: string, r: EncryptedResource): string {
  if (r.algorithm !== 'AEAD_AES_256_GCM') throw new Error(`unknown algorithm ${r.algorithm}`);
  const data = Buffer.from(r.ciphertext, 'base64');
  if (data.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(r.nonce, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(Buffer.from(r.associated_data ?? '', 'utf8'));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}
