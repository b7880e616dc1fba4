export default definePageConfig({
  navigationBarTitleText: '我的直播间',
  enablePullDownRefresh: true,
});
