import { z } from 'zod';

/**
 * Money is an integer number of fen (分, 1/100 yuan) everywhere: in the database (bigint), on the wire
 * and in the client. These helpers are the only place text and fen meet, and they never use floats.
 */
export const fenSchema = z.number().int().safe();
export const nonNegativeFenSchema = fenSchema.nonnegative();
export const positiveFenSchema = fenSchema.positive();

export class MoneyFormatError extends Error {
  readonly code = 'INVALID_MONEY' as const;
  constructor(readonly input: unknown) {
    super(`not an amount of money: ${JSON.stringify(input)}`);
    this.name = 'MoneyFormatError';
  }
}

const yuanPattern = /^(-)?[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** `"¥12.34"` → `1234`. Accepts an optional sign, ¥ or ￥, thousands commas and up to two decimals. */
export function parseYuan(text: string): number {
  const match = yuanPattern.exec(text.trim());
  if (!match) throw new MoneyFormatError(text);
  const [, sign, whole = '0', decimals = ''] = match;
  const fen = Number(whole.replace(/,/g, '')) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new MoneyFormatError(text);
  return sign && fen !== 0 ? -fen : fen;
}

export interface FormatFenOptions {
  /** Prefix with ¥ (default true). */
  symbol?: boolean;
  /** Group thousands with commas (default false). */
  grouping?: boolean;
}

/** `1234` → `"¥12.34"`, `-5` → `"-¥0.05"`. Throws on anything that is not a safe integer. */
export function formatFen(fen: number, options: FormatFenOptions = {}): string {
  if (!Number.isSafeInteger(fen)) throw new MoneyFormatError(fen);
  const abs = Math.abs(fen);
  let whole = String(Math.trunc(abs / 100));
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${options.symbol === false ? '' : '¥'}${whole}.${cents}`;
}
