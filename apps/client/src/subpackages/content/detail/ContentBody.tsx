import { Text, Video, View } from '@tarojs/components';
import type { ContentDetail } from '@livemall/shared';
import { paragraphs } from './paragraphs';

/**
 * The article's paragraphs as text (never as HTML: whatever the merchant typed shows as typed), or the
 * video. Taro's Video plays mp4 on both platforms (and m3u8 through hls.js on H5).
 */
export function ContentBody({ content }: { content: ContentDetail }) {
  if (content.kind === 'video' && content.videoUrl) {
    return (
      <View className='content-video'>
        <Video id='content-video' className='content-video__el' src={content.videoUrl} poster={content.coverUrl ?? undefined} controls objectFit='contain' showFullscreenBtn />
      </View>
    );
  }
  return (
    <View id='content-body'>
      {paragraphs(content.body ?? '').map((p, i) => (
        <Text key={i} className='content-detail__para'>
          {p}
        </Text>
      ))}
    </View>
  );
}
