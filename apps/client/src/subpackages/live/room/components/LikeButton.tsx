import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Timers } from '@/services/realtime/socket';
import { createLikeBatcher, type LikeBatcher } from '../like-batcher';

/** Hearts in the air at once; more taps reuse the oldest slots rather than pile up nodes. */
const MAX_HEARTS = 12;
/** Matches the float animation in the page's styles. */
const HEART_MS = 1200;
const COLORS = ['#fe2c55', '#ff9f1c', '#ff5fa2', '#8a5cff', '#2ec4b6'];

export interface LikeButtonProps {
  /** Sends one `like` frame with `count` taps; false when it could not go out. */
  onSend(count: number): boolean;
  /** Fires once per tap, for an optimistic count. */
  onTap?(): void;
  timers?: Timers;
}

interface Heart {
  id: number;
  color: string;
  drift: number;
}

export function LikeButton({ onSend, onTap, timers }: LikeButtonProps) {
  const [hearts, setHearts] = useState<Heart[]>([]);
  const nextHeart = useRef(0);
  const send = useRef(onSend);
  send.current = onSend;
  const batcher = useRef<LikeBatcher | null>(null);

  useEffect(() => {
    const created = createLikeBatcher({ send: (count) => send.current(count), ...(timers ? { timers } : {}) });
    batcher.current = created;
    return () => {
      created.flush();
      created.dispose();
    };
  }, [timers]);

  const heartTimers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = heartTimers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const tap = () => {
    batcher.current?.tap();
    onTap?.();
    const id = nextHeart.current++;
    const heart = { id, color: COLORS[id % COLORS.length]!, drift: ((id * 37) % 60) - 30 };
    setHearts((list) => [...list.slice(-(MAX_HEARTS - 1)), heart]);
    const timer = setTimeout(() => {
      heartTimers.current.delete(timer);
      setHearts((list) => list.filter((h) => h.id !== id));
    }, HEART_MS);
    heartTimers.current.add(timer);
  };

  return (
    <View className='like-button'>
      {hearts.map((h) => (
        <Text key={h.id} className='like-button__heart' style={{ color: h.color, marginLeft: `${h.drift}px` }}>
          ♥
        </Text>
      ))}
      <View id='live-like' className='like-button__tap' onClick={tap}>
        <Text className='like-button__icon'>♥</Text>
      </View>
    </View>
  );
}
