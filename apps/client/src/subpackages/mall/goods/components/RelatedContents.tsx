import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, type ContentCard } from '@livemall/shared';
import { call } from '@/services/request';
import { formatViews, kindLabel } from '@/utils/content-format';
import { contentUrl } from '@/utils/routes';
import './RelatedContents.scss';

/**
 * 相关内容: published articles and videos that link this goods. Nothing to show, or a failed load, shows
 * nothing at all: the section is a bonus on the goods page, never an error on it.
 */
export function RelatedContents({ goodsId }: { goodsId: string }) {
  const [items, setItems] = useState<ContentCard[]>([]);
  useEffect(() => {
    let live = true;
    call(api.goodsContents, { params: { id: goodsId } }).then(
      (r) => live && setItems(r.items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [goodsId]);

  if (!items.length) return null;
  return (
    <View id='goods-contents' className='mall-card'>
      <Text className='mall-card__title'>相关内容</Text>
      {items.map((c) => (
        <View key={c.id} id={`goods-content-${c.id}`} className='goods-content' onClick={() => void Taro.navigateTo({ url: contentUrl(c.id) })}>
          <Text className='goods-content__kind'>{kindLabel[c.kind]}</Text>
          <Text className='goods-content__title'>{c.title}</Text>
          <Text className='goods-content__views'>{formatViews(c.viewCount)} 浏览</Text>
        </View>
      ))}
    </View>
  );
}
