import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { InviteInfo } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { Avatar } from '../shared/Avatar';
import { useShareCard } from '../shared/share';
import { ShareAction } from '../shared/ShareAction';
import type { ShareCard } from '../shared/share.types';
import { useInvite, type InviteState } from './use-invite';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** The share card of my invite: the server's share path (the mall tab with my code), from the app root. */
export function inviteShareCard(info: InviteInfo): ShareCard {
  return { title: '我在直播商城发现了好物，一起来逛逛', path: `/${info.sharePath.replace(/^\/+/, '')}` };
}

/** 邀请好友: `subpackages/marketing/invite/index[?code=…]`: my code and link, and binding who invited me. */
export default function InvitePage() {
  usePageView();
  const { params } = useRouter();
  const invite = useInvite();
  useShareCard(invite.info ? inviteShareCard(invite.info) : null);
  return <InviteScreen invite={invite} initialCode={params.code ?? ''} />;
}

export function InviteScreen({ invite, initialCode }: { invite: InviteState; initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const { info } = invite;
  if (!info) {
    if (invite.error) return <StatusView kind='error' text={invite.error} onRetry={() => void invite.reload()} />;
    return <StatusView kind='loading' />;
  }
  return (
    <View className='mall-page invite-page'>
      <View className='mall-card'>
        <Text className='mall-card__title'>我的邀请码</Text>
        <Text id='invite-code' className='mk-code'>
          {info.code}
        </Text>
        <Text className='mall-hint'>好友通过你的链接注册并首次下单后，你可获得 {info.rewardPoints} 积分</Text>
        <ShareAction id='invite-share' label='复制邀请链接' card={inviteShareCard(info)} />
        <View className='mk-row'>
          <Text id='invite-count'>已邀请 {info.inviteesCount} 人</Text>
          <Text>已奖励 {info.rewardedCount} 人</Text>
          <Text id='invite-points'>获得 {info.pointsEarned} 积分</Text>
        </View>
      </View>

      <View className='mall-card'>
        <Text className='mall-card__title'>我的邀请人</Text>
        {info.inviter ? (
          <View id='invite-inviter' className='mk-list-item'>
            <Avatar url={info.inviter.avatarUrl} name={info.inviter.nickname} />
            <View className='mk-list-item__body'>
              <Text>{info.inviter.nickname}</Text>
            </View>
          </View>
        ) : info.canBind ? (
          <View className='mk-row'>
            <Input id='invite-input' className='mk-input' value={code} maxlength={8} placeholder='填写好友的邀请码' onInput={(e) => setCode(e.detail.value)} />
            <Text
              id='invite-bind'
              className={`mall-btn mall-btn--small${invite.binding ? ' mall-btn--off' : ''}`}
              onClick={invite.binding ? undefined : () => void invite.bind(code)}
            >
              绑定
            </Text>
          </View>
        ) : (
          <Text className='mall-hint'>已下过单的用户不能再绑定邀请人</Text>
        )}
        {invite.bindError ? (
          <Text id='invite-bind-error' className='mall-error mall-error--block'>
            {invite.bindError}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
