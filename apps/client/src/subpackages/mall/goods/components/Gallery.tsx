import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Swiper, SwiperItem, Text, Video, View } from '@tarojs/components';

export interface GalleryProps {
  images: readonly string[];
  videoUrl: string | null;
  title: string;
}

/** The goods' pictures in a swiper (tap for full screen), with the video first when there is one. */
export function Gallery({ images, videoUrl, title }: GalleryProps) {
  const [index, setIndex] = useState(0);
  const slides = (videoUrl ? 1 : 0) + images.length;
  const preview = (current: string) => void Taro.previewImage({ current, urls: [...images] });
  return (
    <View id='goods-gallery' className='gallery'>
      {slides === 0 ? (
        <View className='gallery__empty'>
          <Text>{title.slice(0, 1)}</Text>
        </View>
      ) : (
        <Swiper className='gallery__swiper' circular={slides > 1} onChange={(e) => setIndex(e.detail.current)}>
          {videoUrl ? (
            <SwiperItem>
              {/* A sized, relative box: on H5 the video element would otherwise cover the page. */}
              <View className='gallery__video'>
                <Video id='goods-video' className='gallery__video-el' src={videoUrl} objectFit='contain' showFullscreenBtn />
              </View>
            </SwiperItem>
          ) : null}
          {images.map((url) => (
            <SwiperItem key={url}>
              <Image className='gallery__image' src={url} mode='aspectFill' onClick={() => preview(url)} />
            </SwiperItem>
          ))}
        </Swiper>
      )}
      {slides > 1 ? (
        <Text className='gallery__counter'>
          {index + 1}/{slides}
        </Text>
      ) : null}
    </View>
  );
}
