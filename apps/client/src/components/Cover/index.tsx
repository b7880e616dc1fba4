import { Image, Text, View } from '@tarojs/components';
import { apiBase } from '@/services/api-base';
import './index.scss';

export interface CoverProps {
  url: string | null;
  /** Shown as a placeholder letter when there is no picture. */
  title: string;
  className?: string;
}

/**
 * A picture that fills its box, or a tinted box with the title's first character. A path (an uploaded
 * avatar, `/uploads/…`) is the API server's: on weapp it needs the server's origin in front.
 */
export function Cover({ url, title, className = '' }: CoverProps) {
  if (url) return <Image className={`cover ${className}`} src={url.startsWith('/') ? `${apiBase}${url}` : url} mode='aspectFill' lazyLoad />;
  return (
    <View className={`cover cover--empty ${className}`}>
      <Text className='cover__letter'>{title.slice(0, 1)}</Text>
    </View>
  );
}
