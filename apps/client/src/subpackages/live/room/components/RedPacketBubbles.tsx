import { Text, View } from '@tarojs/components';
import type { RoomRedPacket } from '@livemall/shared';

export interface RedPacketBubblesProps {
  packets: readonly RoomRedPacket[];
  onOpen(id: string): void;
}

/** One bubble per packet still open to grab. */
export function RedPacketBubbles({ packets, onOpen }: RedPacketBubblesProps) {
  if (packets.length === 0) return null;
  return (
    <View className='packet-bubbles'>
      {packets.map((p) => (
        <View key={p.id} id={`live-packet-${p.id}`} className='packet-bubble' onClick={() => onOpen(p.id)}>
          <Text className='packet-bubble__icon'>红包</Text>
          <Text className='packet-bubble__slogan'>{p.status === 'scheduled' ? '即将开抢' : p.slogan}</Text>
        </View>
      ))}
    </View>
  );
}
