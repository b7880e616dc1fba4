import { Text, View } from '@tarojs/components';
import type { ContentCard as ContentCardData } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { formatViews, kindLabel } from '@/utils/content-format';

export interface ContentCardProps {
  content: ContentCardData;
  onOpen(content: ContentCardData): void;
}

/** A feed card: cover (or a tinted box with the title's first character), kind badge, title, views. */
export function ContentCard({ content, onOpen }: ContentCardProps) {
  return (
    <View id={`content-card-${content.id}`} className='content-card' onClick={() => onOpen(content)}>
      <View className='content-card__cover-box'>
        <Cover url={content.coverUrl} title={content.title} className='content-card__cover' />
        <Text className='content-card__badge'>{kindLabel[content.kind]}</Text>
      </View>
      <View className='content-card__body'>
        <Text className='content-card__title'>{content.title}</Text>
        {content.summary ? <Text className='content-card__summary'>{content.summary}</Text> : null}
        <Text id={`content-card-views-${content.id}`} className='content-card__views'>
          {formatViews(content.viewCount)} 浏览
        </Text>
      </View>
    </View>
  );
}
