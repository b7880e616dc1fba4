/** Form-side checks of an experiment's variants, in words; the shared schema says the same to the server. */

export const VARIANTS_MIN = 2;
export const VARIANTS_MAX = 10;
export const WEIGHT_MAX = 10_000;

export interface VariantRow {
  name?: string;
  weight?: string;
}

/** Why this weight text is not a weight, or null. Typed as text so "1.5" is refused instead of rounded. */
export function weightProblem(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  if (t === '') return '请填写权重';
  if (!/^\d+$/.test(t)) return '权重须为整数（0 到 10000）';
  if (Number(t) > WEIGHT_MAX) return `权重不能超过 ${WEIGHT_MAX}`;
  return null;
}

/** Why the list of variants as a whole is refused, or null. */
export function variantsProblem(rows: VariantRow[] | undefined): string | null {
  const list = rows ?? [];
  if (list.length < VARIANTS_MIN) return `至少需要 ${VARIANTS_MIN} 个变体（第一个是对照组）`;
  if (list.length > VARIANTS_MAX) return `最多 ${VARIANTS_MAX} 个变体`;
  const names = list.map((r) => (r?.name ?? '').trim()).filter((n) => n !== '');
  if (new Set(names).size !== names.length) return '变体名称不能重复';
  if (list.every((r) => weightProblem(r?.weight) === null) && list.every((r) => Number(r.weight) === 0)) return '至少一个变体的权重要大于 0';
  return null;
}

/** Share of users each weight gives, as a percent with one decimal (integers only). */
export function weightShare(weight: number, total: number): string {
  if (total <= 0) return '0.0%';
  const tenths = Math.floor((weight * 1000) / total);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
