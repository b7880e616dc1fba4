import { memo } from 'react';
import { Text, View } from '@tarojs/components';
import type { LiveComment } from '@livemall/shared';

/** Lines on screen at once: enough to read the mood, few enough that a flood stays smooth. */
export const DANMAKU_VISIBLE = 40;

export interface DanmakuProps {
  comments: readonly LiveComment[];
  /** Overrides the cap (tests). */
  visible?: number;
}

/**
 * The newest comments over the video's lower half. Lines are memoised by id, so a new frame mounts only
 * its own lines and the ones that fall off the top unmount; nothing else renders again.
 */
export function Danmaku({ comments, visible = DANMAKU_VISIBLE }: DanmakuProps) {
  const shown = comments.length > visible ? comments.slice(-visible) : comments;
  return (
    <View id='live-danmaku' className='danmaku'>
      {shown.map((comment) => (
        <DanmakuLine key={comment.id} comment={comment} />
      ))}
    </View>
  );
}

export const DanmakuLine = memo(function DanmakuLine({ comment }: { comment: LiveComment }) {
  return (
    <View className='danmaku__line'>
      {comment.level ? <Text className='danmaku__level'>{comment.level}</Text> : null}
      <Text className='danmaku__name'>{comment.nickname}：</Text>
      <Text className='danmaku__text'>{comment.text}</Text>
    </View>
  );
});
