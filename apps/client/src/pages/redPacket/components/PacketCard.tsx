import { Text, View } from '@tarojs/components';
import type { RedPacket } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { formatMonthDayTime } from '@/utils/format-time';
import type { GrabOutcome } from '../grab-outcome';
import type { OpenPhase } from '../red-packet-store';
import { OpenButton } from './OpenButton';
import { OutcomeView } from './OutcomeView';

export interface PacketCardProps {
  packet: RedPacket;
  phase: OpenPhase;
  outcome: GrabOutcome | null;
  onOpen: () => void;
  onLogin: () => void;
}

/** The envelope: who sends it, the slogan, then the open button or what came out of it. */
export function PacketCard({ packet, phase, outcome, onOpen, onLogin }: PacketCardProps) {
  return (
    <View className='red-packet-card'>
      <View className='red-packet-card__avatar'>
        <Cover url={packet.anchorAvatarUrl} title={packet.anchorName} className='red-packet-card__avatar-image' />
      </View>
      <Text className='red-packet-card__sender'>{packet.anchorName}的红包</Text>
      <Text className='red-packet-card__slogan'>{packet.slogan}</Text>
      {phase === 'opened' && outcome ? (
        <OutcomeView outcome={outcome} onLogin={onLogin} />
      ) : (
        <View className='red-packet-card__closed'>
          <OpenButton spinning={phase === 'opening'} onOpen={onOpen} />
          {outcome && outcome.kind !== 'amount' ? (
            <Text id='red-packet-reason' className='red-packet-card__retry'>
              {outcome.reason}
            </Text>
          ) : packet.status === 'scheduled' ? (
            <Text className='red-packet-card__retry'>{formatMonthDayTime(packet.validFrom)} 开抢</Text>
          ) : null}
        </View>
      )}
    </View>
  );
}
