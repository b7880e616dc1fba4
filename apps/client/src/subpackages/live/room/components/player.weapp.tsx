import { LivePlayer, Video, View } from '@tarojs/components';
import type { PlayerProps } from './player.types';
import { Poster } from './Poster';

/** live-player plays FLV with low latency; a room that only offers HLS falls back to video. */
export function Player({ room }: PlayerProps) {
  const urls = room.status === 'live' ? room.playUrls : null;
  if (urls?.flv) {
    return (
      <View className='live-player'>
        <LivePlayer id='live-player' className='live-player__video' src={urls.flv} mode='live' autoplay objectFit='contain' />
      </View>
    );
  }
  if (urls?.hls) {
    return (
      <View className='live-player'>
        <Video id='live-video' className='live-player__video' src={urls.hls} autoplay controls objectFit='contain' />
      </View>
    );
  }
  return <Poster room={room} />;
}
