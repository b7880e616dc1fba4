import { Result } from 'antd';
import { useParams } from 'react-router-dom';
import { RedPacketPanel } from './RedPacketPanel';

/** The panel on its own page until the room's control panel hosts it. */
export function RedPacketSendPage() {
  const { roomId } = useParams();
  if (!roomId || !/^[0-9a-f-]{36}$/i.test(roomId)) return <Result status='warning' title='缺少直播间' />;
  return <RedPacketPanel roomId={roomId} />;
}
