import { Text, View } from '@tarojs/components';
import { formatFen, type RedPacket, type RedPacketType } from '@livemall/shared';

const typeLabel: Record<RedPacketType, string> = { lucky: '拼手气红包', equal: '普通红包' };

export interface PacketSummaryProps {
  packet: RedPacket;
  /** Fetching every grab for the verify link. */
  verifying: boolean;
  onVerify: () => void;
}

/** How much is left and, once the seed is out, the way to check the split. */
export function PacketSummary({ packet, verifying, onVerify }: PacketSummaryProps) {
  const grabbed = packet.totalCount - packet.remainingCount;
  return (
    <View className='red-packet-summary'>
      <Text className='red-packet-summary__text'>
        {typeLabel[packet.type]} · 共 {formatFen(packet.totalAmount)}，已领取 {grabbed}/{packet.totalCount} 个
      </Text>
      <Text id='red-packet-remaining' className='red-packet-summary__text'>
        {remainingText(packet)}
      </Text>
      {packet.seed !== null ? (
        <Text id='red-packet-verify' className='red-packet-summary__verify' onClick={verifying ? undefined : onVerify}>
          {verifying ? '准备验证…' : '验证公平性'}
        </Text>
      ) : null}
    </View>
  );
}

/** Once a packet is over, what nobody grabbed has gone back to the sender: say so, not "still left". */
function remainingText(packet: RedPacket): string {
  const left = `${packet.remainingCount} 个，共 ${formatFen(packet.remainingAmount)}`;
  if (packet.status !== 'finished' && packet.status !== 'expired') return `剩余 ${left}`;
  return packet.remainingCount === 0 ? '已全部领完' : `红包已结束，未领取的 ${left} 已退回`;
}
