export default definePageConfig({
  navigationBarTitleText: '直播间',
  navigationBarBackgroundColor: '#000000',
  navigationBarTextStyle: 'white',
  backgroundColor: '#000000',
  // The room's share card (use-room-tracking.ts): a shared room is a tracked `share`.
  enableShareAppMessage: true,
});
