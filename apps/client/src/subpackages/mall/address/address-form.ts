import { addressInputSchema, type AddressInput } from '@livemall/shared';

export type AddressDraft = { [K in keyof AddressInput]: AddressInput[K] };
export type AddressField = Exclude<keyof AddressInput, 'isDefault'>;

export const addressFields: readonly { field: AddressField; label: string; placeholder: string }[] = [
  { field: 'name', label: '收货人', placeholder: '姓名' },
  { field: 'phone', label: '手机号', placeholder: '11 位手机号' },
  { field: 'province', label: '省份', placeholder: '如 浙江省' },
  { field: 'city', label: '城市', placeholder: '如 杭州市' },
  { field: 'district', label: '区县', placeholder: '如 西湖区' },
  { field: 'detail', label: '详细地址', placeholder: '街道、门牌号' },
];

export const emptyAddress: AddressDraft = { name: '', phone: '', province: '', city: '', district: '', detail: '', isDefault: false };

const tooLong: Record<AddressField, number> = { name: 20, phone: 11, province: 20, city: 20, district: 20, detail: 120 };

/**
 * The draft checked by the same schema the server uses; each field's problem in words. The phone rule
 * (11 digits starting with 1) is the shared schema's, so the form and the server never disagree.
 */
export function validateAddress(draft: AddressDraft): { value: AddressInput } | { errors: Partial<Record<AddressField, string>> } {
  const parsed = addressInputSchema.safeParse({ ...draft, phone: draft.phone.trim() });
  if (parsed.success) return { value: parsed.data };
  const errors: Partial<Record<AddressField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AddressField;
    if (errors[field] || !(field in tooLong)) continue;
    const label = addressFields.find((f) => f.field === field)!.label;
    if (field === 'phone') errors.phone = '请输入 11 位手机号（1 开头）';
    else if (!draft[field].trim()) errors[field] = `请填写${label}`;
    else errors[field] = `${label}最多 ${tooLong[field]} 个字`;
  }
  return { errors };
}
