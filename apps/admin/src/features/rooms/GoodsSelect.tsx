import { useState } from 'react';
import { Select } from 'antd';
import { formatFen } from '@livemall/shared';
import { useSession } from '../../auth/session';
import { useGoods } from './useGoods';

/** Picks one of the shop's goods by title; shows price and stock so the host pushes what can sell. */
export function GoodsSelect({ id, merchantId, value, onChange }: { id: string; merchantId: string; value?: string; onChange?(id: string): void }) {
  const staff = useSession((s) => s.staff)!;
  const [keyword, setKeyword] = useState('');
  const { goods, loading, error } = useGoods(staff, merchantId, keyword);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder='选择商品（可输入名称搜索）'
      notFoundContent={error ?? (loading ? '加载中…' : '没有可推送的商品')}
      style={{ width: '100%' }}
      options={goods.map((g) => ({ value: g.id, label: `${g.title} · ${formatFen(g.priceFen)} · 库存 ${g.stock}` }))}
    />
  );
}
