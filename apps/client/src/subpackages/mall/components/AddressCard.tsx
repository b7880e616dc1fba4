import { Text, View } from '@tarojs/components';
import type { AddressInput } from '@livemall/shared';

export interface AddressCardProps {
  id?: string;
  address: Omit<AddressInput, 'isDefault'> & { isDefault?: boolean };
  onClick?(): void;
  /** Shows › to say the card opens the address book. */
  chevron?: boolean;
}

/** Name, phone and the full address, as a checkout or an order shows it. */
export function AddressCard({ id, address, onClick, chevron = false }: AddressCardProps) {
  return (
    <View id={id} className='address-card' onClick={onClick}>
      <View className='address-card__body'>
        <View className='address-card__who'>
          <Text className='address-card__name'>{address.name}</Text>
          <Text className='address-card__phone'>{address.phone}</Text>
          {address.isDefault ? <Text className='address-card__tag'>默认</Text> : null}
        </View>
        <Text className='address-card__text'>
          {address.province} {address.city} {address.district} {address.detail}
        </Text>
      </View>
      {chevron ? <Text className='address-card__chevron'>›</Text> : null}
    </View>
  );
}
