import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { COMMENT_MAX_CHARS } from '@livemall/shared';

export interface CommentBarProps {
  /**
   * `guest`: a login prompt instead of the input; `muted`: the anchor has silenced this viewer for a
   * while; `banned`: the anchor has put this viewer out of the room.
   */
  mode: 'guest' | 'muted' | 'banned' | 'open';
  /** Why the last comment failed, in words. */
  error: string | null;
  /** True when the comment went out, which clears the input. */
  onSend(text: string): boolean;
  onLogin(): void;
}

export function CommentBar({ mode, error, onSend, onLogin }: CommentBarProps) {
  const [text, setText] = useState('');

  if (mode === 'muted' || mode === 'banned') {
    return (
      <View className='comment-bar'>
        <Text id='live-comment-blocked' className='comment-bar__muted'>
          {mode === 'muted' ? '你已被主播禁言，暂时不能发弹幕' : '你已被主播移出直播间，不能发弹幕和送礼'}
        </Text>
      </View>
    );
  }
  if (mode === 'guest') {
    return (
      <View className='comment-bar'>
        <View id='live-comment-login' className='comment-bar__login' onClick={onLogin}>
          <Text>登录后参与互动、发弹幕</Text>
        </View>
      </View>
    );
  }

  const send = () => {
    if (onSend(text)) setText('');
  };

  return (
    <View className='comment-bar'>
      {error ? (
        <Text id='live-comment-error' className='comment-bar__error'>
          {error}
        </Text>
      ) : null}
      <View className='comment-bar__row'>
        <Input
          id='live-comment-input'
          className='comment-bar__input'
          placeholder='说点什么…'
          maxlength={COMMENT_MAX_CHARS}
          confirmType='send'
          value={text}
          onInput={(e) => setText(e.detail.value)}
          onConfirm={send}
        />
        <Button id='live-comment-send' className='comment-bar__send' size='mini' onClick={send}>
          发送
        </Button>
      </View>
    </View>
  );
}
