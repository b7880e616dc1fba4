import { Text, View } from '@tarojs/components';
import type { LiveComment } from '@livemall/shared';

/** How long a quick mute lasts. */
export const MUTE_MINUTES = 10;

export interface ModerationListProps {
  comments: readonly LiveComment[];
  /** The host's own comments get no moderation buttons. */
  selfId: string | null;
  busy: boolean;
  onDelete(commentId: string): void;
  onMute(userId: string): void;
  onBan(comment: LiveComment): void;
}

/** The room's comments, newest first, each with delete / mute / ban. */
export function ModerationList({ comments, selfId, busy, onDelete, onMute, onBan }: ModerationListProps) {
  const newest = comments.slice(-50).reverse();
  return (
    <View id='host-comments' className='host-card'>
      <Text className='host-card__title'>弹幕管理</Text>
      {newest.length === 0 ? <Text className='host-card__hint'>还没有弹幕</Text> : null}
      {newest.map((c) => (
        <View key={c.id} id={`host-comment-${c.id}`} className='host-comment'>
          <Text className='host-comment__text'>
            <Text className='host-comment__name'>{c.nickname}：</Text>
            {c.text}
          </Text>
          {c.userId === selfId ? null : (
            <View className='host-comment__actions'>
              <Text className='host-comment__action host-comment__delete' onClick={busy ? undefined : () => onDelete(c.id)}>
                删除
              </Text>
              <Text className='host-comment__action host-comment__mute' onClick={busy ? undefined : () => onMute(c.userId)}>
                禁言{MUTE_MINUTES}分钟
              </Text>
              <Text className='host-comment__action host-comment__ban' onClick={busy ? undefined : () => onBan(c)}>
                封禁
              </Text>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
