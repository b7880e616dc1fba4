export { RedPacketPanel } from './RedPacketPanel';
export { RedPacketsPage } from './RedPacketsPage';
export { RedPacketSendPage } from './RedPacketSendPage';
