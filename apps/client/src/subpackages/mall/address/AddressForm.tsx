import { useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import type { AddressInput } from '@livemall/shared';
import { addressFields, validateAddress, type AddressDraft, type AddressField } from './address-form';

export interface AddressFormProps {
  initial: AddressDraft;
  busy: boolean;
  error: string | null;
  onSave(address: AddressInput): void;
  onCancel(): void;
}

/** Add or change an address; nothing is sent until every field passes the shared schema. */
export function AddressForm({ initial, busy, error, onSave, onCancel }: AddressFormProps) {
  const [draft, setDraft] = useState<AddressDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<AddressField, string>>>({});
  const save = () => {
    const result = validateAddress(draft);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    onSave(result.value);
  };
  return (
    <View id='address-form' className='mall-card address-form'>
      {addressFields.map(({ field, label, placeholder }) => (
        <View key={field} className='address-form__row'>
          <Text className='address-form__label'>{label}</Text>
          <View className='address-form__field'>
            <Input
              id={`address-${field}`}
              className='address-form__input'
              value={draft[field]}
              placeholder={placeholder}
              type={field === 'phone' ? 'number' : 'text'}
              maxlength={field === 'phone' ? 11 : field === 'detail' ? 120 : 20}
              onInput={(e) => setDraft((d) => ({ ...d, [field]: e.detail.value }))}
            />
            {errors[field] ? (
              <Text id={`address-${field}-error`} className='mall-error'>
                {errors[field]}
              </Text>
            ) : null}
          </View>
        </View>
      ))}
      <View className='address-form__row'>
        <Text className='address-form__label'>设为默认</Text>
        <Switch id='address-default' checked={draft.isDefault} color='#fe2c55' onChange={(e) => setDraft((d) => ({ ...d, isDefault: e.detail.value }))} />
      </View>
      {error ? <Text className='mall-error mall-error--block'>{error}</Text> : null}
      <View className='address-form__actions'>
        <Text className='mall-btn mall-btn--quiet' onClick={busy ? undefined : onCancel}>
          取消
        </Text>
        <Text id='address-save' className={`mall-btn${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : save}>
          {busy ? '保存中…' : '保存'}
        </Text>
      </View>
    </View>
  );
}
