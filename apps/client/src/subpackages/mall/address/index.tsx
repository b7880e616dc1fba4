import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, type Address, type AddressInput } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { AddressCard } from '../components/AddressCard';
import { useAddressChoice } from '../stores/address-choice';
import { AddressForm } from './AddressForm';
import { emptyAddress } from './address-form';
import { usePageView } from '@/hooks/usePageView';
import '../mall.scss';

type Editing = { kind: 'new' } | { kind: 'edit'; address: Address } | null;

/**
 * 收货地址: the address book. `?select=1` (from the checkout): tapping an address, or saving a new one,
 * picks it and goes back. `&add=1` opens the form at once (the buyer has no address yet).
 */
export default function AddressPage() {
  usePageView();
  const { params } = useRouter();
  const selecting = params.select === '1';
  const [items, setItems] = useState<Address[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(params.add === '1' ? { kind: 'new' } : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = useAddressChoice((s) => s.choose);
  const chosenId = useAddressChoice((s) => s.addressId);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setItems((await call(api.addresses)).items);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const pick = (id: string) => {
    choose(id);
    if (selecting) void Taro.navigateBack();
  };

  const save = async (input: AddressInput) => {
    setBusy(true);
    setError(null);
    try {
      const saved =
        editing?.kind === 'edit'
          ? await call(api.updateAddress, { params: { id: editing.address.id }, body: input })
          : await call(api.createAddress, { body: input });
      setEditing(null);
      await load();
      if (selecting && editing?.kind === 'new') pick(saved.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (address: Address) => {
    const { confirm } = await Taro.showModal({ title: '删除地址', content: `删除「${address.name} ${address.detail}」？` });
    if (!confirm) return;
    try {
      await call(api.deleteAddress, { params: { id: address.id } });
      if (chosenId === address.id) choose(null);
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (editing) {
    const initial = editing.kind === 'edit' ? { ...emptyAddress, ...editing.address } : { ...emptyAddress, isDefault: !items?.length };
    return (
      <View className='mall-page'>
        <AddressForm initial={initial} busy={busy} error={error} onSave={(a) => void save(a)} onCancel={() => setEditing(null)} />
      </View>
    );
  }
  if (loadError) return <StatusView kind='error' text={loadError} onRetry={() => void load()} />;
  if (!items) return <StatusView kind='loading' />;

  return (
    <View className='mall-page address-page'>
      {items.length === 0 ? <StatusView kind='empty' text='还没有收货地址' /> : null}
      {items.map((a) => (
        <View key={a.id} id={`address-item-${a.id}`} className='mall-card'>
          <AddressCard address={a} onClick={() => pick(a.id)} />
          <View className='address-page__actions'>
            {selecting ? (
              <View className={`check${chosenId === a.id ? ' check--on' : ''}`} onClick={() => pick(a.id)}>
                <Text>选择</Text>
              </View>
            ) : null}
            <Text className='mall-link' onClick={() => setEditing({ kind: 'edit', address: a })}>
              编辑
            </Text>
            <Text className='mall-link' onClick={() => void remove(a)}>
              删除
            </Text>
          </View>
        </View>
      ))}
      {error ? <Text className='mall-error mall-error--block'>{error}</Text> : null}
      <View className='mall-bar'>
        <Text id='address-add' className='mall-bar__btn' onClick={() => setEditing({ kind: 'new' })}>
          新增收货地址
        </Text>
      </View>
    </View>
  );
}
