import { MEMBER_LEVELS_MAX } from '@livemall/shared';

export interface LevelRow {
  name?: string;
  growthFrom?: string;
  discountPercent?: string;
  freeShipping?: string;
  monthlyCouponTemplateId?: string | null;
}

/** Why the ladder as a whole is refused (in words), or null; the server's MEMBER_LEVELS_INVALID rules. */
export function levelsProblem(rows: LevelRow[] | undefined): string | null {
  const list = rows ?? [];
  if (list.length < 1) return '至少需要 1 个等级';
  if (list.length > MEMBER_LEVELS_MAX) return `最多 ${MEMBER_LEVELS_MAX} 个等级`;
  const growth = list.map((r) => String(r?.growthFrom ?? '').trim());
  if (growth.every((g) => /^\d+$/.test(g))) {
    if (Number(growth[0]) !== 0) return '第一个等级的成长值起点必须是 0';
    if (growth.some((g, i) => i > 0 && Number(g) <= Number(growth[i - 1]))) return '每个等级的成长值起点要比上一个等级高';
  }
  const names = list.map((r) => (r?.name ?? '').trim()).filter((n) => n !== '');
  if (new Set(names).size !== names.length) return '等级名称不能重复';
  return null;
}
