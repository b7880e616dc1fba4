import { formatFen, MoneyFormatError, parseYuan } from '@livemall/shared';

/**
 * A form rule for an amount typed in yuan: the text itself is parsed to integer fen (never through a
 * float), so "0.1" + "0.2" style errors cannot reach the server. Use `toFen` on submit.
 */
export function yuanRule(opts: { min?: number; max?: number; label: string }) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') throw new Error(`请填写${opts.label}`);
      let fen: number;
      try {
        fen = parseYuan(String(value));
      } catch (e) {
        if (e instanceof MoneyFormatError) throw new Error(`${opts.label}格式不对：最多两位小数，例如 12.50`);
        throw e;
      }
      if (opts.min !== undefined && fen < opts.min) throw new Error(`${opts.label}不能少于 ${formatFen(opts.min, { symbol: false })} 元`);
      if (opts.max !== undefined && fen > opts.max) throw new Error(`${opts.label}不能超过 ${formatFen(opts.max, { symbol: false })} 元`);
    },
  };
}

/** The fen of a yuan text that passed `yuanRule`. */
export const toFen = (value: unknown): number => parseYuan(String(value));
