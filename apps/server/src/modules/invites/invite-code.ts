import { randomInt } from 'node:crypto';

/** No look-alikes (0/O, 1/I/L): a code is read aloud and typed by hand. Matches `inviteCodeSchema`. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 8;

/** A fresh code: 31^8 ≈ 8.5 × 10^11 of them, drawn from the CSPRNG, so codes cannot be walked. */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
