/** The integer bounds a shared zod number field declares (through a `.default()`), so the form and the server agree. */
export interface Bounds {
  min: number;
  max: number;
}

interface NumberLike {
  minValue?: number | null;
  maxValue?: number | null;
  unwrap?: () => NumberLike;
}

export function boundsOf(field: unknown): Bounds {
  let f = field as NumberLike;
  if (typeof f.unwrap === 'function' && f.minValue === undefined) f = f.unwrap();
  return { min: f.minValue ?? 0, max: f.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** Why this text is not a whole number within the bounds (in words), or null. Text, so "1.5" is refused, not rounded. */
export function integerProblem(text: unknown, label: string, b: Bounds): string | null {
  const t = String(text ?? '').trim();
  if (t === '') return `请填写${label}`;
  if (!/^\d+$/.test(t)) return `${label}须为整数`;
  const n = Number(t);
  if (n < b.min || n > b.max) return `${label}须在 ${b.min} 到 ${b.max} 之间`;
  return null;
}

/** An antd form rule for `integerProblem`. */
export const integerRule = (label: string, b: Bounds) => ({
  validator: async (_: unknown, value: unknown) => {
    const problem = integerProblem(value, label, b);
    if (problem) throw new Error(problem);
  },
});
