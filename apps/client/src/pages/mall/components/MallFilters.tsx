import { useState } from 'react';
import { Input, ScrollView, Text, View } from '@tarojs/components';
import type { Category, GoodsSort } from '@livemall/shared';

export interface GoodsFilter {
  categoryId?: string;
  sort: GoodsSort;
  q?: string;
}

export interface MallFiltersProps {
  filter: GoodsFilter;
  categories: readonly Category[];
  onChange(filter: GoodsFilter): void;
}

/** Search box, category chips and the sort row above the waterfall. */
export function MallFilters({ filter, categories, onChange }: MallFiltersProps) {
  const [text, setText] = useState(filter.q ?? '');
  const search = (value: string) => {
    const q = value.trim().slice(0, 40);
    onChange({ ...filter, q: q || undefined });
  };
  const priceActive = filter.sort === 'price_asc' || filter.sort === 'price_desc';

  return (
    <View className='mall-filters'>
      <View className='mall-search'>
        <Input
          id='mall-search'
          className='mall-search__input'
          value={text}
          placeholder='搜索商品'
          confirmType='search'
          maxlength={40}
          onInput={(e) => setText(e.detail.value)}
          onConfirm={(e) => search(e.detail.value)}
        />
        {filter.q ? (
          <Text
            id='mall-search-clear'
            className='mall-search__clear'
            onClick={() => {
              setText('');
              search('');
            }}
          >
            ×
          </Text>
        ) : null}
        <Text id='mall-search-go' className='mall-search__go' onClick={() => search(text)}>
          搜索
        </Text>
      </View>
      <ScrollView scrollX className='mall-chips' enhanced showScrollbar={false}>
        <Text id='mall-cat-all' className={`mall-chip${filter.categoryId ? '' : ' mall-chip--on'}`} onClick={() => onChange({ ...filter, categoryId: undefined })}>
          全部
        </Text>
        {categories.map((c) => (
          <Text
            key={c.id}
            id={`mall-cat-${c.id}`}
            className={`mall-chip${filter.categoryId === c.id ? ' mall-chip--on' : ''}`}
            onClick={() => onChange({ ...filter, categoryId: c.id })}
          >
            {c.name}
          </Text>
        ))}
      </ScrollView>
      <View className='mall-sorts'>
        <SortTab id='mall-sort-new' on={filter.sort === 'new'} onClick={() => onChange({ ...filter, sort: 'new' })}>
          新品
        </SortTab>
        <SortTab id='mall-sort-sales' on={filter.sort === 'sales'} onClick={() => onChange({ ...filter, sort: 'sales' })}>
          销量
        </SortTab>
        <SortTab
          id='mall-sort-price'
          on={priceActive}
          onClick={() => onChange({ ...filter, sort: filter.sort === 'price_asc' ? 'price_desc' : 'price_asc' })}
        >
          {`价格${filter.sort === 'price_asc' ? '↑' : filter.sort === 'price_desc' ? '↓' : '↕'}`}
        </SortTab>
      </View>
    </View>
  );
}

function SortTab({ id, on, onClick, children }: { id: string; on: boolean; onClick(): void; children: string }) {
  return (
    <Text id={id} className={`mall-sort${on ? ' mall-sort--on' : ''}`} onClick={onClick}>
      {children}
    </Text>
  );
}
