import { Video, View } from '@tarojs/components';
import type { PlayerProps } from './player.types';
import { Poster } from './Poster';

/**
 * H5 has no live-player (Taro renders a stub): Taro's Video plays the HLS stream through hls.js. The
 * sized, relative wrapper keeps the video from covering the page and swallowing taps.
 */
export function Player({ room }: PlayerProps) {
  const src = room.status === 'live' ? room.playUrls?.hls : null;
  if (!src) return <Poster room={room} />;
  return (
    <View className='live-player'>
      <Video
        id='live-video'
        className='live-player__video'
        src={src}
        poster={room.coverUrl ?? undefined}
        autoplay
        muted
        controls
        objectFit='contain'
      />
    </View>
  );
}
